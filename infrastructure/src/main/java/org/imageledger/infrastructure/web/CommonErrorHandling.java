package org.imageledger.infrastructure.web;

import java.util.Map;
import org.imageledger.infrastructure.store.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps what both sides may throw to the single error shape. Side-specific advice (conflicts, missing aggregates) runs
 * first; this is the floor, and its last handler makes sure nothing escapes as a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class CommonErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(CommonErrorHandling.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<byte[]> refused(ApiException e) {
        return ErrorResponses.of(e.status(), e.type(), e.getMessage(), e.extensions(), new HttpHeaders());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<byte[]> unreadable(HttpMessageNotReadableException e) {
        return ErrorResponses.of(HttpStatus.BAD_REQUEST, "bad_request", "Malformed JSON in request body.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<byte[]> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        String type = e.getContentType() == null ? "" : e.getContentType().toString();
        HttpHeaders headers = new HttpHeaders();
        if (!e.getSupportedMediaTypes().isEmpty()) {
            headers.set(
                    "Accept-Patch",
                    String.join(
                            ", ",
                            e.getSupportedMediaTypes().stream()
                                    .map(Object::toString)
                                    .toList()));
        }
        return ErrorResponses.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "The request media type " + type + " is not supported by this server.",
                java.util.Map.of(),
                headers);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<byte[]> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return ErrorResponses.of(
                HttpStatus.NOT_ACCEPTABLE, "not_acceptable", "This resource is only available as JSON.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<byte[]> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return ErrorResponses.of(
                HttpStatus.METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "The method " + e.getMethod() + " is not allowed for this resource.",
                java.util.Map.of(),
                headers);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<byte[]> noSuchResource(NoResourceFoundException e) {
        return ErrorResponses.of(HttpStatus.NOT_FOUND, "not_found", "The resource could not be found.");
    }

    @ExceptionHandler({MissingRequestHeaderException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<byte[]> badParameter(Exception e) {
        return ErrorResponses.of(HttpStatus.BAD_REQUEST, "bad_request", "Invalid request parameter or header.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e) {
        if (DatabaseOutage.causes(e)) {
            log.warn("Database unavailable: {}", e.toString());
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "1");
            return ErrorResponses.of(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "database_unavailable",
                    "The database is unavailable; nothing was acknowledged. Try again in a moment.",
                    Map.of(),
                    headers);
        }
        log.error("Unexpected failure", e);
        return ErrorResponses.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal_error",
                "The server failed to complete the request; nothing was acknowledged.");
    }
}
