package org.imageledger.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The HTTP API of one node, called as a Glance client calls it, with one token. */
final class LedgerHttp {

    static final String JSON_PATCH = "application/openstack-images-v2.1-json-patch";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final String name;
    private final URI base;
    private final String token;

    LedgerHttp(String name, int port, String token) {
        this.name = name;
        this.base = URI.create("http://127.0.0.1:" + port);
        this.token = token;
    }

    String name() {
        return name;
    }

    Reply get(String path, Map<String, String> headers) {
        return send("GET", path, null, null, headers);
    }

    Reply post(String path, String json) {
        return send("POST", path, "application/json", json, Map.of());
    }

    Reply patch(String path, String patch, Map<String, String> headers) {
        return send("PATCH", path, JSON_PATCH, patch, headers);
    }

    /** Uploads image data with its length. */
    Reply putData(String path, byte[] data) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Auth-Token", token)
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(data))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("PUT " + name + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates an image with this name; its id. */
    String create(String imageName) {
        Reply reply = post("/v2/images", "{\"name\": \"" + imageName + "\"}");
        if (reply.status() != 201) {
            throw new IllegalStateException(name + " refused a create: " + reply);
        }
        return reply.json().get("id").asText();
    }

    private Reply send(String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("X-Auth-Token", token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + name + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, Map<String, List<String>> headers, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String header(String header) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(header))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + header + " in " + this));
        }

        /** The image's version after the write, from the ETag. */
        long version() {
            return Long.parseLong(header("ETag").replace("\"", ""));
        }

        /** The global position of the write's last event. */
        long position() {
            return Long.parseLong(header("Ledger-Position"));
        }
    }
}
