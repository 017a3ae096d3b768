package org.imageledger.command.image;

import org.axonframework.common.AxonNonTransientException;

/**
 * A change the image's rules refuse; nothing is written. Non-transient, so a retrying gateway never sends it again.
 */
public class ImageRefused extends AxonNonTransientException {

    /** Why, so that the web layer can choose the status without reading the message. */
    public enum Reason {
        INVALID,
        FORBIDDEN,
        CONFLICT,
        NOT_FOUND,
        LIMIT_EXCEEDED
    }

    private final Reason reason;

    public ImageRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
