package org.imageledger.command.image;

/** The image has no data yet, so it cannot be deactivated or reactivated. */
public class ImageStillQueued extends ImageRefused {

    ImageStillQueued(String action) {
        super("Not allowed to " + action + " image in status 'queued'");
    }
}
