package org.imageledger.command.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The shape of a write's answer: its status, and whether it carries a {@code Location}, the image's version as
 * {@code ETag}, and the image. Every answer carries {@code Ledger-Position}. An answer to a keyed write is stored in
 * this shape, so a retry gets the same.
 */
record Reply(HttpStatus status, URI location, boolean withETag, boolean withBody) {

    static final Reply IMAGE = new Reply(HttpStatus.OK, null, true, true);
    static final Reply CHANGED = new Reply(HttpStatus.NO_CONTENT, null, true, false);
    static final Reply DELETED = new Reply(HttpStatus.NO_CONTENT, null, false, false);

    static Reply created(URI location) {
        return new Reply(HttpStatus.CREATED, location, true, true);
    }
}
