package org.imageledger.command.web;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageState;

/** An image as its stored events say it is: the fold of its whole stream, read from the first event on. */
final class FoldedImage {

    private FoldedImage() {}

    static ImageState of(EventStore eventStore, String id) {
        ImageState state = null;
        var stream = eventStore.readEvents(id, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            state = ImageState.next(
                    state, (ImageEvent) message.getPayload(), message.getTimestamp(), message.getSequenceNumber());
        }
        return state;
    }
}
