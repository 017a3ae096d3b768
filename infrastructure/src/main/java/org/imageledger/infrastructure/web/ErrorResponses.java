package org.imageledger.infrastructure.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Builds error responses as JSON bytes, so that no {@code Accept} header can turn an error into a 406 or an HTML
 * page. The body is always the same JSON; only its label follows {@code Accept}: {@code application/json} for a
 * client that asks for JSON, {@code text/plain} otherwise. python-glanceclient (which sends {@code Accept: *}{@code /*})
 * reads a body labelled JSON as nested error objects and fails on our flat one, but shows a plain body as the reason.
 */
public final class ErrorResponses {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType TEXT_PLAIN = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private ErrorResponses() {}

    public static ResponseEntity<byte[]> of(HttpStatusCode status, String type, String message) {
        return of(status, type, message, Map.of(), new HttpHeaders());
    }

    public static ResponseEntity<byte[]> of(
            HttpStatusCode status, String type, String message, Map<String, Object> extensions, HttpHeaders headers) {
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(mediaTypeFor(currentAccept()))
                .body(bytes(ErrorBody.of(status, type, message, extensions)));
    }

    /** The label of an error body for a request that sent this {@code Accept} header. */
    public static MediaType mediaTypeFor(String accept) {
        if (accept != null) {
            for (MediaType acceptable : MediaType.parseMediaTypes(accept)) {
                String subtype = acceptable.getSubtype();
                if (subtype.equals("json") || subtype.endsWith("+json")) {
                    return MediaType.APPLICATION_JSON;
                }
            }
        }
        return TEXT_PLAIN;
    }

    private static String currentAccept() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getHeader(HttpHeaders.ACCEPT);
        }
        return null;
    }

    public static byte[] bytes(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error body of plain values cannot fail to serialize", e);
        }
    }
}
