package org.imageledger.query.history;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageState;

/**
 * Reads one image's events from the store, oldest first, folding each onto the state before it. Always from version
 * 0 with the two-argument read, which never starts from a snapshot: a snapshot is the aggregate's state, not ours.
 */
class ImageEvents {

    private final EventStore eventStore;

    ImageEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The image's events, lazily: a reader that stops early leaves the rest of the stream unread. */
    Iterator<RecordedEvent> replay(String imageId) {
        return new Folding(eventStore.readEvents(imageId, 0));
    }

    private static final class Folding implements Iterator<RecordedEvent> {
        private final DomainEventStream stream;
        private ImageState state;

        Folding(DomainEventStream stream) {
            this.stream = stream;
        }

        @Override
        public boolean hasNext() {
            return stream.hasNext();
        }

        @Override
        public RecordedEvent next() {
            if (!stream.hasNext()) {
                throw new NoSuchElementException();
            }
            DomainEventMessage<?> message = stream.next();
            ImageEvent event = (ImageEvent) message.getPayload();
            ImageState before = state;
            state = ImageState.next(before, event, message.getTimestamp(), message.getSequenceNumber());
            return new RecordedEvent(message.getSequenceNumber(), message.getTimestamp(),
                    EventMetadata.actor(message), EventMetadata.requestId(message), event, before, state);
        }
    }
}
