package org.imageledger.query.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.imageledger.infrastructure.store.EventTableEntry;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of the event table with their global positions, still serialized: {@link EventDecoder} turns them into
 * events. One query per read, where the storage engine would take a round trip per batch and another for positions.
 */
class StoredEventRows {

    private static final String COLUMNS = "SELECT globalindex, type, aggregateidentifier, sequencenumber,"
            + " eventidentifier, timestamp, payloadtype, payloadrevision, payload, metadata FROM domainevententry";

    private final JdbcTemplate jdbc;

    StoredEventRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every image's events after a global position, in position order. */
    List<TrackedDomainEventData<byte[]>> after(long position, int limit) {
        return jdbc.query(COLUMNS + " WHERE globalindex > ? ORDER BY globalindex LIMIT ?", StoredEventRows::row,
                position, limit);
    }

    /** One image's events from one version to another (both inclusive), oldest first. */
    List<TrackedDomainEventData<byte[]>> ofImage(String imageId, long firstVersion, long lastVersion) {
        return jdbc.query(COLUMNS + " WHERE aggregateidentifier = ? AND sequencenumber BETWEEN ? AND ?"
                        + " ORDER BY sequencenumber",
                StoredEventRows::row, imageId, firstVersion, lastVersion);
    }

    /** One image's events of the given stored payload types after one version up to another, oldest first. */
    List<TrackedDomainEventData<byte[]>> ofImage(
            String imageId, Collection<String> payloadTypes, long afterVersion, long lastVersion) {
        return jdbc.query(COLUMNS + " WHERE aggregateidentifier = ? AND sequencenumber > ? AND sequencenumber <= ?"
                        + " AND payloadtype = ANY (?) ORDER BY sequencenumber",
                StoredEventRows::row, imageId, afterVersion, lastVersion, payloadTypes.toArray(String[]::new));
    }

    /** The version of the image's last event, -1 for an unknown image. */
    long lastVersion(String imageId) {
        Long last = jdbc.queryForObject(
                "SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, imageId);
        return last == null ? -1 : last;
    }

    private static TrackedDomainEventData<byte[]> row(ResultSet row, int number) throws SQLException {
        return new TrackedDomainEventData<>(
                new GlobalSequenceTrackingToken(row.getLong("globalindex")),
                new EventTableEntry(row.getString("type"), row.getString("aggregateidentifier"),
                        row.getLong("sequencenumber"), row.getString("eventidentifier"), row.getString("timestamp"),
                        row.getString("payloadtype"), row.getString("payloadrevision"), row.getBytes("payload"),
                        row.getBytes("metadata")));
    }
}
