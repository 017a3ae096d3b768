package org.imageledger.command.image;

/** The change would give the image more properties, tags or members than it may have. */
public class LimitExceeded extends ImageRefused {

    LimitExceeded(String message) {
        super(message);
    }
}
