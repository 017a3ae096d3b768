package org.imageledger.query.history;

import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * Turns stored rows into events through the event serializer and the upcaster chain, as the storage engine would, so
 * that events stored in an older revision read as the current classes. Payloads and metadata decode lazily.
 */
class EventDecoder {

    private final Serializer serializer;
    private final EventUpcaster upcasters;

    EventDecoder(Serializer serializer, EventUpcaster upcasters) {
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    Stream<PositionedEvent> decode(List<TrackedDomainEventData<byte[]>> rows) {
        return EventUtils.upcastAndDeserializeTrackedEvents(rows.stream(), serializer, upcasters)
                .map(message -> new PositionedEvent(
                        position(message.trackingToken()), (DomainEventMessage<?>) message, serializer));
    }

    /** The payload as the stored format writes it today, whatever revision it was stored in. */
    <T> T payloadAs(DomainEventMessage<?> event, Class<T> representation) {
        return serializer.serialize(event.getPayload(), representation).getData();
    }

    static long position(TrackingToken token) {
        return ((GlobalSequenceTrackingToken) token).getGlobalIndex();
    }

    /** An image event with its global position, and the serializer that reads its metadata when asked. */
    record PositionedEvent(long position, DomainEventMessage<?> event, Serializer serializer) {

        EventMetadata metadata() {
            return EventMetadata.of(event, serializer);
        }
    }
}
