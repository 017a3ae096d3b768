package org.imageledger.command.image;

/** The caller's project or roles do not allow this change to this image. */
public class NotAuthorized extends ImageRefused {

    NotAuthorized(String message) {
        super(message);
    }
}
