package org.imageledger.command.image;

/** The image's status does not allow this step of an upload. */
public class StatusTransitionRefused extends ImageRefused {

    StatusTransitionRefused(String message) {
        super(message);
    }
}
