package org.imageledger.query.history;

import java.util.Iterator;
import org.axonframework.eventhandling.DomainEventMessage;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageState;
import org.imageledger.query.history.EventDecoder.PositionedEvent;

/**
 * Reads one image's events, oldest first, folding each onto the state before it. Always from version 0: snapshots in
 * the store hold the aggregate's state, not ours, so they are never used here.
 */
class ImageEvents {

    private final StoredEventRows rows;
    private final EventDecoder decoder;

    ImageEvents(StoredEventRows rows, EventDecoder decoder) {
        this.rows = rows;
        this.decoder = decoder;
    }

    /** The image's events up to {@code lastVersion} (inclusive); empty for an unknown image. */
    Iterator<RecordedEvent> replay(String imageId, long lastVersion) {
        Iterator<PositionedEvent> events = decoder.decode(rows.ofImage(imageId, lastVersion)).iterator();
        return new Iterator<>() {
            private ImageState state;

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
                return new RecordedEvent(positioned.position(), message, before, state);
            }
        };
    }

    Iterator<RecordedEvent> replay(String imageId) {
        return replay(imageId, Long.MAX_VALUE);
    }
}
