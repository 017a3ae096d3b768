package org.imageledger.command.image;

import org.axonframework.common.AxonNonTransientException;

/**
 * A change the image's rules refuse; nothing is written. Each situation is a subclass of its own. Non-transient, so a
 * retrying gateway never sends it again.
 */
public abstract class ImageRefused extends AxonNonTransientException {

    protected ImageRefused(String message) {
        super(message);
    }
}
