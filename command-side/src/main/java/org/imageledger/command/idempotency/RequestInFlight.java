package org.imageledger.command.idempotency;

import org.imageledger.infrastructure.web.ApiException;
import org.springframework.http.HttpStatus;

/** A keyed write whose key another request holds right now, in this node or another. */
class RequestInFlight extends ApiException {

    RequestInFlight() {
        super(
                HttpStatus.CONFLICT,
                "request_in_flight",
                "A request with this Idempotency-Key is still being handled; retry once it has been answered.");
    }
}
