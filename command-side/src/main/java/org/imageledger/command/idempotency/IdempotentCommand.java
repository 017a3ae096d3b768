package org.imageledger.command.idempotency;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a keyed write carries in its command's metadata: whose key it is, what the request was, and how its answer
 * looks, so the answer can be stored beside the events the command appends.
 *
 * @param status the HTTP status of the answer
 * @param location the {@code Location} of the answer, or null
 * @param withETag whether the answer carries the image's version as {@code ETag}
 * @param withBody whether the answer carries a body: the image, or the member named by {@code member}
 * @param member the member whose document is the body, or null for the image
 */
public record IdempotentCommand(
        String project,
        String key,
        byte[] fingerprint,
        int status,
        String location,
        boolean withETag,
        boolean withBody,
        String member) {

    /** The command metadata key this travels under. */
    public static final String METADATA = "idempotency";

    boolean sameRequestAs(byte[] otherFingerprint) {
        return Arrays.equals(fingerprint, otherFingerprint);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdempotentCommand that
                && project.equals(that.project)
                && key.equals(that.key)
                && Arrays.equals(fingerprint, that.fingerprint)
                && status == that.status
                && Objects.equals(location, that.location)
                && withETag == that.withETag
                && withBody == that.withBody
                && Objects.equals(member, that.member);
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
