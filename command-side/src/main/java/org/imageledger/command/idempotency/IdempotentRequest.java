package org.imageledger.command.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** A write sent with a valid {@code Idempotency-Key}: the caller's project, the key, and what was asked. */
public record IdempotentRequest(String project, String key, byte[] fingerprint) {

    static final String ATTRIBUTE = IdempotentRequest.class.getName();

    /** The key this request was sent with, if any (set by {@link IdempotencyKeyFilter}). */
    public static Optional<IdempotentRequest> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof IdempotentRequest keyed
                ? Optional.of(keyed)
                : Optional.empty();
    }

    /** The command metadata for this request, whose answer will have this shape. */
    public IdempotentCommand answeredWith(
            int status, String location, boolean withETag, boolean withBody, String member) {
        return new IdempotentCommand(project, key, fingerprint, status, location, withETag, withBody, member);
    }
}
