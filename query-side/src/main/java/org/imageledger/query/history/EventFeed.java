package org.imageledger.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.imageledger.query.history.EventDecoder.PositionedEvent;

/**
 * Every image's events in global order, in pages that a reader resumes after the last position it saw. A page ends
 * early at a hole that may still fill (see {@link SettledEvents}), so resuming never skips or repeats an event.
 */
public class EventFeed {

    private final StoredEventRows rows;
    private final EventDecoder decoder;
    private final Duration gapTimeout;
    private final Clock clock;

    EventFeed(StoredEventRows rows, EventDecoder decoder, Duration gapTimeout, Clock clock) {
        this.rows = rows;
        this.decoder = decoder;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    /** At most {@code limit} events after {@code afterPosition} (exclusive). */
    public FeedPage after(long afterPosition, int limit) {
        List<TrackedDomainEventData<byte[]>> read = rows.after(afterPosition, limit);
        int settled = SettledEvents.count(afterPosition, read, clock.instant(), gapTimeout);
        return new FeedPage(decoder.decode(read.subList(0, settled)).map(this::line).toList(), afterPosition);
    }

    private FeedEvent line(PositionedEvent positioned) {
        DomainEventMessage<?> event = positioned.event();
        EventMetadata metadata = positioned.metadata();
        return new FeedEvent(positioned.position(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(), event.getTimestamp(), metadata.actor(), metadata.requestId(),
                decoder.payloadAs(event, JsonNode.class));
    }
}
