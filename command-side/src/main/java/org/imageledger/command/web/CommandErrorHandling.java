package org.imageledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.imageledger.command.image.AttributeNotChangeable;
import org.imageledger.command.image.FieldConflict;
import org.imageledger.command.image.FormatsMissing;
import org.imageledger.command.image.ImageProtected;
import org.imageledger.command.image.ImageRefused;
import org.imageledger.command.image.ImageStillQueued;
import org.imageledger.command.image.LimitExceeded;
import org.imageledger.command.image.MemberAlreadyExists;
import org.imageledger.command.image.MemberNotFound;
import org.imageledger.command.image.NotAuthorized;
import org.imageledger.command.image.PropertyNotFound;
import org.imageledger.command.image.StatusTransitionRefused;
import org.imageledger.command.image.TagNotFound;
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

    @ExceptionHandler(FormatsMissing.class)
    ResponseEntity<byte[]> invalid(ImageRefused e) {
        return ErrorResponses.of(HttpStatus.BAD_REQUEST, "invalid", e.getMessage());
    }

    @ExceptionHandler({NotAuthorized.class, ImageProtected.class, AttributeNotChangeable.class, ImageStillQueued.class})
    ResponseEntity<byte[]> forbidden(ImageRefused e) {
        return ErrorResponses.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    @ExceptionHandler({TagNotFound.class, MemberNotFound.class})
    ResponseEntity<byte[]> notFound(ImageRefused e) {
        return ErrorResponses.of(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    }

    @ExceptionHandler({PropertyNotFound.class, MemberAlreadyExists.class, StatusTransitionRefused.class})
    ResponseEntity<byte[]> conflict(ImageRefused e) {
        return ErrorResponses.of(HttpStatus.CONFLICT, "conflict", e.getMessage());
    }

    @ExceptionHandler(LimitExceeded.class)
    ResponseEntity<byte[]> limitExceeded(ImageRefused e) {
        return ErrorResponses.of(HttpStatus.PAYLOAD_TOO_LARGE, "limit_exceeded", e.getMessage());
    }

    @ExceptionHandler(VersionMismatch.class)
    ResponseEntity<byte[]> versionMismatch(VersionMismatch e) {
        return ErrorResponses.of(
                HttpStatus.PRECONDITION_FAILED,
                "version_mismatch",
                e.getMessage(),
                Map.of("current_version", e.actualVersion()),
                new HttpHeaders());
    }

    @ExceptionHandler(FieldConflict.class)
    ResponseEntity<byte[]> fieldConflict(FieldConflict e) {
        List<Map<String, Object>> conflicts = e.changes().stream()
                .map(change -> {
                    Map<String, Object> conflict = new LinkedHashMap<>();
                    conflict.put("field", change.field());
                    conflict.put("expected_version", change.expectedVersion());
                    conflict.put("changed_at_version", change.changedAtVersion());
                    conflict.put("by", change.by());
                    return conflict;
                })
                .toList();
        return ErrorResponses.of(
                HttpStatus.CONFLICT,
                "field_conflict",
                e.getMessage(),
                Map.of("conflicts", conflicts, "current_version", e.currentVersion()),
                new HttpHeaders());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<byte[]> imageNotFound(AggregateNotFoundException e, HttpServletRequest request) {
        String message =
                "DELETE".equals(request.getMethod()) && request.getRequestURI().matches("/v2/images/[^/]+")
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
        return ErrorResponses.of(
                HttpStatus.CONFLICT,
                "contended",
                "The image kept changing concurrently; nothing was written. Retry the request.");
    }
}
