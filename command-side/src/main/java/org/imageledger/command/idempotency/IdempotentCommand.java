package org.imageledger.command.idempotency;

import java.util.Arrays;

/**
 * What a keyed write carries in its command's metadata: whose key it is, what the request was, and how its answer
 * looks, so the answer can be stored beside the events the command appends.
 *
 * @param status the HTTP status of the answer
 * @param location the {@code Location} of the answer, or null
 * @param withETag whether the answer carries the image's version as {@code ETag}
 * @param withBody whether the answer carries the image as its body
 */
public record IdempotentCommand(
        String project, String key, byte[] fingerprint, int status, String location, boolean withETag,
        boolean withBody) {

    /** The command metadata key this travels under. */
    public static final String METADATA = "idempotency";

    boolean sameRequestAs(byte[] otherFingerprint) {
        return Arrays.equals(fingerprint, otherFingerprint);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdempotentCommand that
                && project.equals(that.project) && key.equals(that.key) && Arrays.equals(fingerprint, that.fingerprint)
                && status == that.status && java.util.Objects.equals(location, that.location)
                && withETag == that.withETag && withBody == that.withBody;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * project.hashCode() + key.hashCode()) + Arrays.hashCode(fingerprint);
    }

    @Override
    public String toString() {
        return "IdempotentCommand[" + project + ", " + key + "]";
    }
}
