package org.imageledger.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An answer as the client got it: status, headers and body. */
public record Reply(int status, Map<String, List<String>> headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Reply {
        headers = Map.copyOf(headers);
    }

    /** The first value of the header, whatever its case, or null when absent. */
    public String header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> entry.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    public JsonNode json() {
        return parse(body);
    }

    /** The body read as NDJSON: one JSON document per line. */
    public List<JsonNode> lines() {
        return body.lines().map(Reply::parse).toList();
    }

    /** The message of an error body. */
    public String message() {
        return json().path("message").asText();
    }

    /** The ids of the images in a list answer, in order. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        json().path("images").forEach(image -> ids.add(image.path("id").asText()));
        return ids;
    }

    /** The image's version after a write, from the ETag. */
    public long version() {
        return Long.parseLong(required("ETag").replace("\"", ""));
    }

    /** The global position of a write's last event. */
    public long position() {
        return Long.parseLong(required("Ledger-Position"));
    }

    private String required(String name) {
        String value = header(name);
        if (value == null) {
            throw new IllegalStateException("no " + name + " in " + this);
        }
        return value;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
