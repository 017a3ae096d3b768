package org.imageledger.query.history;

import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of the event table in position order, still serialized: they are decoded through Axon's serializer and upcaster
 * chain, so stored events of an older revision read as the current classes.
 */
class StoredEventRows {

    private final JdbcTemplate jdbc;

    StoredEventRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<TrackedDomainEventData<byte[]>> after(long position, int limit) {
        return jdbc.query("SELECT globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, timestamp,"
                        + " payloadtype, payloadrevision, payload, metadata FROM domainevententry"
                        + " WHERE globalindex > ? ORDER BY globalindex LIMIT ?",
                (row, n) -> new TrackedDomainEventData<>(
                        new GlobalSequenceTrackingToken(row.getLong("globalindex")),
                        new GenericDomainEventEntry<>(row.getString("type"), row.getString("aggregateidentifier"),
                                row.getLong("sequencenumber"), row.getString("eventidentifier"),
                                row.getString("timestamp"), row.getString("payloadtype"),
                                row.getString("payloadrevision"), row.getBytes("payload"),
                                row.getBytes("metadata"))),
                position, limit);
    }
}
