package org.imageledger.query.rebuild;

import org.imageledger.infrastructure.web.ApiException;
import org.springframework.http.HttpStatus;

/** A rebuild asked for while another runs, in this process or in any other on the same database. */
class RebuildAlreadyRunning extends ApiException {

    RebuildAlreadyRunning() {
        super(HttpStatus.CONFLICT, "conflict", "A rebuild of image-metadata is already running.");
    }
}
