package org.imageledger.query.history;

import java.util.Iterator;
import org.axonframework.eventhandling.DomainEventMessage;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageState;
import org.imageledger.infrastructure.store.EventStoreTables;
import org.imageledger.query.history.EventDecoder.PositionedEvent;

/**
 * Reads one image's events, oldest first, folding each onto the state before it. From version 0 unless given a state
 * of our own to continue: snapshots in the store hold the aggregate's state, not ours, so they are never used here.
 */
class ImageEvents {

    private final EventStoreTables rows;
    private final EventDecoder decoder;

    ImageEvents(EventStoreTables rows, EventDecoder decoder) {
        this.rows = rows;
        this.decoder = decoder;
    }

    /** The image's events up to {@code lastVersion} (inclusive); empty for an unknown image. */
    Iterator<RecordedEvent> replay(String imageId, long lastVersion) {
        return replay(imageId, null, lastVersion);
    }

    Iterator<RecordedEvent> replay(String imageId) {
        return replay(imageId, null, Long.MAX_VALUE);
    }

    /** The events after {@code start}, folded onto it, up to {@code lastVersion}; from version 0 if start is null. */
    Iterator<RecordedEvent> replay(String imageId, ImageState start, long lastVersion) {
        long firstVersion = start == null ? 0 : start.version() + 1;
        Iterator<PositionedEvent> events =
                decoder.decode(rows.ofImage(imageId, firstVersion, lastVersion)).iterator();
        return new Iterator<>() {
            private ImageState state = start;

            @Override
            public boolean hasNext() {
                return events.hasNext();
            }

            @Override
            public RecordedEvent next() {
                PositionedEvent positioned = events.next();
                DomainEventMessage<?> message = positioned.event();
                ImageState before = state;
                state = ImageState.next(
                        before, (ImageEvent) message.getPayload(), message.getTimestamp(), message.getSequenceNumber());
                return new RecordedEvent(positioned, before, state);
            }
        };
    }
}
