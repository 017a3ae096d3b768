package org.imageledger.command.idempotency;

/**
 * The answer given to a keyed write: enough to give it again byte for byte, the {@code Ledger-Position} being looked up
 * again from the image's version.
 */
public record StoredAnswer(
        byte[] fingerprint, int status, String imageId, long version, boolean withETag, String location, byte[] body) {}
