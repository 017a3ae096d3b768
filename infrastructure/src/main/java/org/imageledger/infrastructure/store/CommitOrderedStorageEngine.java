package org.imageledger.infrastructure.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.dao.DataAccessException;

/**
 * Axon's JDBC engine with the event stream read by plain positions. Positions are drawn in commit order (the V2
 * migration), so the stream after a position is simply every event above it: no gaps to track, and no timeout or
 * offset that could ever give up on an event that commits late. The append is one statement that answers the
 * position of its last event ({@link AppendedPosition}). Reads of one image's events stay Axon's.
 */
final class CommitOrderedStorageEngine extends JdbcEventStorageEngine {

    private final EventStoreTables tables;

    CommitOrderedStorageEngine(JdbcEventStorageEngine.Builder builder, EventStoreTables tables) {
        super(builder);
        this.tables = tables;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<EventStoreTables.EventRow> rows = new ArrayList<>(events.size());
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = EventUtils.asDomainEventMessage(message);
            SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
            SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
            rows.add(new EventStoreTables.EventRow(
                    event.getIdentifier(),
                    event.getAggregateIdentifier(),
                    event.getSequenceNumber(),
                    event.getType(),
                    event.getTimestamp(),
                    payload.getType().getName(),
                    payload.getType().getRevision(),
                    payload.getData(),
                    metaData.getData()));
        }
        try {
            AppendedPosition.record(tables.append(rows));
        } catch (DataAccessException e) {
            // a duplicate image and version becomes Axon's ConcurrencyException, which the command retry expects
            handlePersistenceException(e, events.get(0));
        }
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return tables.after(EventPosition.of(lastToken), batchSize);
    }

    @Override
    public TrackingToken createTailToken() {
        return new GlobalSequenceTrackingToken(0);
    }

    @Override
    public TrackingToken createHeadToken() {
        return new GlobalSequenceTrackingToken(tables.head());
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return new GlobalSequenceTrackingToken(tables.before(dateTime));
    }
}
