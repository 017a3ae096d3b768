package org.imageledger.command.image;

import java.util.List;
import org.axonframework.modelling.command.ConflictingModificationException;

/** A field-level ({@code Expected-Version}) change touches fields that changed after the version its client saw. */
public class FieldConflict extends ConflictingModificationException {

    /** One field changed behind the client's back: by which event version and which actor. */
    public record Change(String field, long expectedVersion, long changedAtVersion, String by) {}

    private final List<Change> changes;
    private final long currentVersion;

    public FieldConflict(String imageId, List<Change> changes, long currentVersion) {
        super("Image " + imageId + " changed "
                + String.join(
                        ", ", changes.stream().map(Change::field).distinct().toList())
                + " after the expected version.");
        this.changes = List.copyOf(changes);
        this.currentVersion = currentVersion;
    }

    public List<Change> changes() {
        return changes;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
