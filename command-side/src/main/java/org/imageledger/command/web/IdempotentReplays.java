package org.imageledger.command.web;

import java.net.URI;
import org.imageledger.command.idempotency.AlreadyAnswered;
import org.imageledger.command.idempotency.StoredAnswer;
import org.imageledger.infrastructure.store.EventStoreTables;
import org.imageledger.infrastructure.web.ErrorResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A retry of a keyed write gets the first answer again, status, headers and body, marked {@code Idempotent-Replayed};
 * a different request under a used key is refused with 422.
 */
@RestControllerAdvice(basePackageClasses = IdempotentReplays.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdempotentReplays {

    static final String REPLAYED = "Idempotent-Replayed";

    private final EventStoreTables events;

    IdempotentReplays(EventStoreTables events) {
        this.events = events;
    }

    @ExceptionHandler(AlreadyAnswered.class)
    ResponseEntity<byte[]> alreadyAnswered(AlreadyAnswered e) {
        if (!e.sameRequest()) {
            return ErrorResponses.of(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "idempotency_key_reused",
                    "This Idempotency-Key was used for a different request; a new request needs a new key.");
        }
        StoredAnswer answer = e.answer();
        HttpHeaders headers = new HttpHeaders();
        if (answer.withETag()) {
            headers.setETag("\"" + answer.version() + "\"");
        }
        headers.set(Written.POSITION, Long.toString(events.positionOf(answer.imageId(), answer.version())));
        if (answer.location() != null) {
            headers.setLocation(URI.create(answer.location()));
        }
        if (answer.body() != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        headers.set(REPLAYED, "true");
        return ResponseEntity.status(answer.status()).headers(headers).body(answer.body());
    }
}
