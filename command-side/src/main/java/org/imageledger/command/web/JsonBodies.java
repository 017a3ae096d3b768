package org.imageledger.command.web;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.imageledger.infrastructure.web.ApiException;

/**
 * Reads a request body as JSON; anything unreadable, empty, nested beyond Jackson's limits, followed by more than
 * whitespace, or naming one member twice in an object is a 400. A repeated member is refused rather than the last
 * one winning: the client meant one of them, and we cannot tell which.
 */
final class JsonBodies {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

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
