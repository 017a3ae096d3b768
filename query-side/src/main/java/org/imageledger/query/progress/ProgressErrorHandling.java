package org.imageledger.query.progress;

import java.util.Map;
import org.imageledger.infrastructure.web.ApiException;
import org.imageledger.infrastructure.web.ErrorResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A 503 for a lagging projection tells the client when to come back. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProgressErrorHandling {

    @ExceptionHandler({ProjectionBehind.class, WaitersFull.class})
    ResponseEntity<byte[]> behind(ApiException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "1");
        return ErrorResponses.of(e.status(), e.type(), e.getMessage(), Map.of(), headers);
    }
}
