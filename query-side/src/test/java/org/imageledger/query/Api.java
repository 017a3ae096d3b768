package org.imageledger.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Plain HTTP against the running node, with the URL sent exactly as written. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    public static final String ADMIN_TOKEN = "admin-secret";

    private final String base;
    private final String token;

    public Api(int port) {
        this(port, ADMIN_TOKEN);
    }

    /** A client that sends this token (none when null) unless a request names its own. */
    public Api(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    public Reply get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, headers);
    }

    public Reply send(String method, String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (token != null && !namesToken(headers)) {
            request.header("X-Auth-Token", token);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response, its body parsed as JSON when there is one. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + response.body(), e);
            }
        }

        public String message() {
            return json().path("message").asText();
        }

        /** The ids of the images in a list reply, in order. */
        public List<String> ids() {
            List<String> ids = new ArrayList<>();
            json().path("images").forEach(image -> ids.add(image.path("id").asText()));
            return ids;
        }
    }

    /** A value as a client would read it back from JSON, for comparing with a reply. */
    public static JsonNode toJson(Object value) {
        try {
            return JSON.readTree(JSON.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean namesToken(String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("X-Auth-Token")) {
                return true;
            }
        }
        return false;
    }
}
