package org.imageledger.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.imageledger.infrastructure.web.ApiException;

/** Reads a request body as JSON; anything unreadable, empty or nested beyond Jackson's limits is a 400. */
final class JsonBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBodies() {}

    static JsonNode read(byte[] body) {
        if (body == null || body.length == 0) {
            throw ApiException.badRequest("Malformed JSON in request body.");
        }
        try {
            return JSON.readTree(body);
        } catch (IOException | RuntimeException e) {
            throw ApiException.badRequest("Malformed JSON in request body.");
        }
    }
}
