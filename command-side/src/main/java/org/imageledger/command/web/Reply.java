package org.imageledger.command.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The shape of a write's answer: its status, and whether it carries a {@code Location}, the image's version as
 * {@code ETag}, and a body: the image, or the member named by {@code member}. Every answer carries
 * {@code Ledger-Position}. An answer to a keyed write is stored in this shape, so a retry gets the same.
 */
record Reply(HttpStatus status, URI location, boolean withETag, boolean withBody, String member) {

    static final Reply IMAGE = new Reply(HttpStatus.OK, null, true, true, null);
    static final Reply CHANGED = new Reply(HttpStatus.NO_CONTENT, null, true, false, null);
    static final Reply DELETED = new Reply(HttpStatus.NO_CONTENT, null, false, false, null);

    static Reply created(URI location) {
        return new Reply(HttpStatus.CREATED, location, true, true, null);
    }

    /** The member's document, as a member added or answered gets it. */
    static Reply member(String member) {
        return new Reply(HttpStatus.OK, null, true, true, member);
    }
}
