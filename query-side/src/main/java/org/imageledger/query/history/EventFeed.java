package org.imageledger.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * Every image's events in global order, in pages that a reader resumes after the last position it saw. A page ends
 * early at a hole that may still fill (see {@link SettledEvents}), so resuming never skips or repeats an event.
 */
public class EventFeed {

    private final StoredEventRows rows;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final Duration gapTimeout;
    private final Clock clock;

    EventFeed(StoredEventRows rows, Serializer serializer, EventUpcaster upcasters, Duration gapTimeout, Clock clock) {
        this.rows = rows;
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    /** At most {@code limit} events after {@code afterPosition} (exclusive). */
    public FeedPage after(long afterPosition, int limit) {
        List<TrackedDomainEventData<byte[]>> read = rows.after(afterPosition, limit);
        List<TrackedDomainEventData<byte[]>> settled =
                read.subList(0, SettledEvents.count(afterPosition, read, clock.instant(), gapTimeout));
        List<FeedEvent> events = EventUtils.upcastAndDeserializeTrackedEvents(settled.stream(), serializer, upcasters)
                .map(this::line)
                .toList();
        return new FeedPage(events, afterPosition);
    }

    private FeedEvent line(TrackedEventMessage<?> message) {
        DomainEventMessage<?> event = (DomainEventMessage<?>) message;
        return new FeedEvent(SettledEvents.position(message.trackingToken()), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp(),
                EventMetadata.actor(event), EventMetadata.requestId(event),
                serializer.serialize(event.getPayload(), JsonNode.class).getData());
    }
}
