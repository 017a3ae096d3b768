package org.imageledger.bench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

/** An answer of the service: status, headers and body, read as JSON on demand. */
public record Reply(String request, HttpResponse<String> response) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public int status() {
        return response.statusCode();
    }

    /** This reply, or an exception naming the request and the body when the status is not the expected one. */
    public Reply expect(int status) {
        if (response.statusCode() != status) {
            throw new UnexpectedReply(request + " answered " + response.statusCode() + " (expected " + status + "): "
                    + abbreviated(response.body()));
        }
        return this;
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new UnexpectedReply(request + " has no " + name));
    }

    /** The version the {@code ETag} names. */
    public long version() {
        return Long.parseLong(header("ETag").replace("\"", ""));
    }

    public JsonNode json() {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request + " did not answer JSON", e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
