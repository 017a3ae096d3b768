package org.imageledger.infrastructure.access;

import java.util.Optional;

/** Resolves the token a request carries to the caller it stands for. */
@FunctionalInterface
public interface Authenticator {

    /**
     * @return the caller, or empty for a token that is unknown, invalid, expired or revoked
     * @throws IdentityUnavailable when the identity service that would decide cannot be asked
     */
    Optional<Caller> callerFor(String token);

    /** This authenticator, or the other one where this one knows nothing of the token. */
    default Authenticator orElse(Authenticator other) {
        return token -> callerFor(token).or(() -> other.callerFor(token));
    }
}
