package org.imageledger.query.tables;

import java.time.Instant;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageState;

/** An image's state with the global position of the last event folded into it: one row of the projection. */
public record ImageRow(ImageState state, long position) {

    /** The image after the event; prior is null before its creation. */
    public static ImageRow after(ImageRow prior, ImageEvent event, Instant recordedAt, long version, long position) {
        ImageState before = prior == null ? null : prior.state();
        return new ImageRow(ImageState.next(before, event, recordedAt, version), position);
    }

    public String id() {
        return state.id();
    }

    public long version() {
        return state.version();
    }
}
