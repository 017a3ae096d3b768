package org.imageledger.infrastructure.access;

/** The identity service could not say whether a token is valid: the request is answered 503, not 401. */
public class IdentityUnavailable extends RuntimeException {

    public IdentityUnavailable(String message) {
        super(message);
    }

    public IdentityUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
