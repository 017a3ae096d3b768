package org.imageledger.query.rebuild;

import java.time.Instant;
import org.imageledger.events.ImageEvent;
import org.imageledger.query.tables.ImageRow;

/** One event as the rebuild folds it: its global position, its image and version, payload and recording time. */
record StoredEvent(long position, String imageId, long version, ImageEvent event, Instant recordedAt) {

    /** The image's row after this event; prior is null before its creation. */
    ImageRow foldOnto(ImageRow prior) {
        return ImageRow.after(prior, event, recordedAt, version, position);
    }
}
