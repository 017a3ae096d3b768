package org.imageledger.query.progress;

import org.imageledger.infrastructure.web.ApiException;
import org.springframework.http.HttpStatus;

/** A read that needs a position the projection has not applied within the wait. */
class ProjectionBehind extends ApiException {

    ProjectionBehind(long position) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "projection_behind",
                "The projection has not yet applied position " + position + "; retry shortly.");
    }
}
