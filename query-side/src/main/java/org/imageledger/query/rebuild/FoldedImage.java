package org.imageledger.query.rebuild;

import org.imageledger.events.ImageState;

/** An image's state with the global position of the last event folded into it: one row of the projection. */
record FoldedImage(ImageState state, long position) {

    /** The image after the event; prior is null before its creation. */
    static FoldedImage after(FoldedImage prior, StoredEvent e) {
        ImageState before = prior == null ? null : prior.state();
        return new FoldedImage(ImageState.next(before, e.event(), e.recordedAt(), e.version()), e.position());
    }
}
