package org.imageledger.query.progress;

import org.imageledger.infrastructure.web.ApiException;
import org.springframework.http.HttpStatus;

/** A read that would wait for the projection while as many reads as the node allows are waiting already. */
class WaitersFull extends ApiException {

    WaitersFull() {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "projection_behind",
                "Too many reads are waiting for the projection to catch up; retry shortly.");
    }
}
