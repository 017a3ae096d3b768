package org.imageledger.command.image;

import org.axonframework.modelling.command.ConflictingModificationException;

/** A strict ({@code If-Match}) change found the image at another version than the client saw. */
public class VersionMismatch extends ConflictingModificationException {

    private final long expectedVersion;
    private final long actualVersion;

    public VersionMismatch(String imageId, long expectedVersion, long actualVersion) {
        super("Image " + imageId + " is at version " + actualVersion + ", not " + expectedVersion + ".");
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
