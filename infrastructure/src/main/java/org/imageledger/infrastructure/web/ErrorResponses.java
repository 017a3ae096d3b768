package org.imageledger.infrastructure.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Builds error responses as bytes in the medium the client's {@code Accept} asks for ({@link ErrorMedia}), so that no
 * {@code Accept} header can turn an error into a 406 or an HTML page.
 */
public final class ErrorResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorResponses() {}

    public static ResponseEntity<byte[]> of(HttpStatusCode status, String type, String message) {
        return of(status, type, message, Map.of(), new HttpHeaders());
    }

    public static ResponseEntity<byte[]> of(
            HttpStatusCode status, String type, String message, Map<String, Object> extensions, HttpHeaders headers) {
        ErrorMedia media = ErrorMedia.forAccept(currentAccept());
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(media.type())
                .body(media.render(ErrorBody.of(status, type, message, extensions)));
    }

    /** Writes an error straight to the servlet response, for refusals made before any handler runs (filters). */
    public static void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type, String message)
            throws IOException {
        ErrorMedia media = ErrorMedia.forAccept(request.getHeader(HttpHeaders.ACCEPT));
        byte[] body = media.render(ErrorBody.of(status, type, message, Map.of()));
        response.setStatus(status.value());
        response.setContentType(media.type().toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
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
