package org.imageledger.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.imageledger.infrastructure.store.EventStoreTables;
import org.imageledger.query.history.EventDecoder.PositionedEvent;

/**
 * Every image's events in global order, in pages that a reader resumes after the last position it saw. Positions are
 * final once visible (they are drawn in commit order), so resuming never skips or repeats an event, however late an
 * append commits.
 */
public class EventFeed {

    private final EventStoreTables rows;
    private final EventDecoder decoder;

    EventFeed(EventStoreTables rows, EventDecoder decoder) {
        this.rows = rows;
        this.decoder = decoder;
    }

    /** At most {@code limit} events after {@code afterPosition} (exclusive). */
    public FeedPage after(long afterPosition, int limit) {
        List<TrackedDomainEventData<byte[]>> read = rows.after(afterPosition, limit);
        return new FeedPage(decoder.decode(read).map(this::line).toList(), afterPosition);
    }

    private FeedEvent line(PositionedEvent positioned) {
        DomainEventMessage<?> event = positioned.event();
        EventMetadata metadata = positioned.metadata();
        return new FeedEvent(
                positioned.position(),
                event.getAggregateIdentifier(),
                event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(),
                event.getTimestamp(),
                metadata.actor(),
                metadata.requestId(),
                decoder.payloadAs(event, JsonNode.class));
    }
}
