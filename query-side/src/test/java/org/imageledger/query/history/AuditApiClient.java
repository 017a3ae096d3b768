package org.imageledger.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/** Plain GETs against the audit API, answering status, headers and body as sent. */
final class AuditApiClient {

    static final String ADMIN = "admin-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    AuditApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Response get(String pathAndQuery) {
        return get(pathAndQuery, ADMIN);
    }

    /** A GET with this {@code X-Auth-Token}, or none when null, from a client that reads JSON (errors included). */
    Response get(String pathAndQuery, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Accept", "application/json").GET();
        if (token != null) {
            request.header("X-Auth-Token", token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("ETag"),
                    response.headers().firstValue("Content-Type"), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, Optional<String> etag, Optional<String> contentType, String body) {
        JsonNode json() {
            return parse(body);
        }

        /** The body read as NDJSON: one JSON document per line. */
        List<JsonNode> lines() {
            return body.lines().map(AuditApiClient::parse).toList();
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
