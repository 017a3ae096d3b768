package org.imageledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.imageledger.command.image.FieldConflict;
import org.imageledger.command.image.ImageRefused;
import org.imageledger.command.image.VersionMismatch;
import org.imageledger.infrastructure.web.ErrorResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps what the Image aggregate and the event store refuse to the documented statuses and error bodies. */
@RestControllerAdvice(basePackageClasses = CommandErrorHandling.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandErrorHandling {

    @ExceptionHandler(ImageRefused.class)
    ResponseEntity<byte[]> refused(ImageRefused e) {
        HttpStatus status = switch (e.reason()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case LIMIT_EXCEEDED -> HttpStatus.PAYLOAD_TOO_LARGE;
        };
        return ErrorResponses.of(status, e.reason().name().toLowerCase(java.util.Locale.ROOT), e.getMessage());
    }

    @ExceptionHandler(VersionMismatch.class)
    ResponseEntity<byte[]> versionMismatch(VersionMismatch e) {
        return ErrorResponses.of(HttpStatus.PRECONDITION_FAILED, "version_mismatch", e.getMessage(),
                Map.of("current_version", e.actualVersion()), new HttpHeaders());
    }

    @ExceptionHandler(FieldConflict.class)
    ResponseEntity<byte[]> fieldConflict(FieldConflict e) {
        List<Map<String, Object>> conflicts = e.changes().stream().map(change -> {
            Map<String, Object> conflict = new LinkedHashMap<>();
            conflict.put("field", change.field());
            conflict.put("expected_version", change.expectedVersion());
            conflict.put("changed_at_version", change.changedAtVersion());
            conflict.put("by", change.by());
            return conflict;
        }).toList();
        return ErrorResponses.of(HttpStatus.CONFLICT, "field_conflict", e.getMessage(),
                Map.of("conflicts", conflicts, "current_version", e.currentVersion()), new HttpHeaders());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<byte[]> notFound(AggregateNotFoundException e, HttpServletRequest request) {
        String message = "DELETE".equals(request.getMethod()) && request.getRequestURI().matches("/v2/images/[^/]+")
                ? "Failed to find image " + e.getAggregateIdentifier() + " to delete"
                : "No image found with ID " + e.getAggregateIdentifier();
        return ErrorResponses.of(HttpStatus.NOT_FOUND, "not_found", message);
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<byte[]> duplicate(AggregateStreamCreationException e) {
        return ErrorResponses.of(HttpStatus.CONFLICT, "duplicate", "An image with this ID already exists.");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<byte[]> contended(ConcurrencyException e) {
        return ErrorResponses.of(HttpStatus.CONFLICT, "contended",
                "The image kept changing concurrently; nothing was written. Retry the request.");
    }
}
