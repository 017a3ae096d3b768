package org.imageledger.infrastructure.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Builds error responses as JSON bytes with the content type fixed, so that no {@code Accept} header can turn an
 * error into a 406 or an HTML page.
 */
public final class ErrorResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorResponses() {}

    public static ResponseEntity<byte[]> of(HttpStatusCode status, String type, String message) {
        return of(status, type, message, Map.of(), new HttpHeaders());
    }

    public static ResponseEntity<byte[]> of(
            HttpStatusCode status, String type, String message, Map<String, Object> extensions, HttpHeaders headers) {
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_JSON)
                .body(bytes(ErrorBody.of(status, type, message, extensions)));
    }

    public static byte[] bytes(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error body of plain values cannot fail to serialize", e);
        }
    }
}
