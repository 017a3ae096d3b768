package org.imageledger.infrastructure.store;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every statement on Axon's tables apart from the storage engine's own aggregate reads: the append, the event stream
 * in position order, one image's events, the bulk reads of a rebuild, and the token table. Positions are final once
 * visible (see the V2 migration), so every reader of the stream asks for the events after a position and gets them
 * all, whatever the order in which appends committed.
 */
public class EventStoreTables {

    private static final String EVENTS = "domainevententry";
    private static final String COLUMNS = "SELECT globalindex, type, aggregateidentifier, sequencenumber,"
            + " eventidentifier, timestamp, payloadtype, payloadrevision, payload, metadata FROM " + EVENTS;
    private static final String INSERT = "INSERT INTO " + EVENTS + " (eventidentifier, aggregateidentifier,"
            + " sequencenumber, type, timestamp, payloadtype, payloadrevision, payload, metadata) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Rows per insert statement: PostgreSQL takes at most 65,535 parameters in one. */
    private static final int ROWS_PER_INSERT = 1_000;

    private static final byte[] NO_METADATA = "{}".getBytes(StandardCharsets.UTF_8);

    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;

    public EventStoreTables(JdbcTemplate jdbc, Serializer tokenSerializer) {
        this.jdbc = jdbc;
        this.tokenSerializer = tokenSerializer;
    }

    /** One event as the table stores it. */
    record EventRow(
            String eventId,
            String imageId,
            long version,
            String type,
            Instant recordedAt,
            String payloadType,
            String payloadRevision,
            byte[] payload,
            byte[] metadata) {}

    /**
     * Appends the events in the caller's transaction, in order; returns the position of the last. The first row takes
     * the append lock (the table's default for positions does), which the transaction holds until it ends.
     */
    long append(List<EventRow> events) {
        long last = 0;
        for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
            List<EventRow> rows = events.subList(from, Math.min(events.size(), from + ROWS_PER_INSERT));
            String sql = INSERT + String.join(", ", Collections.nCopies(rows.size(), ROW)) + " RETURNING globalindex";
            List<Long> positions = jdbc.query(sql, ps -> bind(ps, rows), (rs, n) -> rs.getLong(1));
            for (long position : positions) {
                last = Math.max(last, position);
            }
        }
        return last;
    }

    private static void bind(PreparedStatement ps, List<EventRow> rows) throws SQLException {
        int i = 0;
        for (EventRow row : rows) {
            ps.setString(++i, row.eventId());
            ps.setString(++i, row.imageId());
            ps.setLong(++i, row.version());
            ps.setString(++i, row.type());
            ps.setString(++i, DateTimeUtils.formatInstant(row.recordedAt()));
            ps.setString(++i, row.payloadType());
            ps.setString(++i, row.payloadRevision());
            ps.setBytes(++i, row.payload());
            ps.setBytes(++i, row.metadata());
        }
    }

    /** Up to {@code limit} events after a position (exclusive), in position order. */
    public List<TrackedDomainEventData<byte[]>> after(long position, int limit) {
        return jdbc.query(
                COLUMNS + " WHERE globalindex > ? ORDER BY globalindex LIMIT ?",
                EventStoreTables::row,
                position,
                limit);
    }

    /** The highest position; 0 with no events. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT max(globalindex) FROM " + EVENTS, Long.class);
        return head == null ? 0 : head;
    }

    /** The position just before the first event recorded at or after the instant; the head if there is none. */
    long before(Instant recordedAt) {
        Long first = jdbc.queryForObject(
                "SELECT min(globalindex) - 1 FROM " + EVENTS + " WHERE timestamp >= ?",
                Long.class,
                DateTimeUtils.formatInstant(recordedAt));
        return first == null ? head() : first;
    }

    /** The position of one image's event at one version; 0 if there is none. */
    public long positionOf(String imageId, long version) {
        List<Long> position = jdbc.queryForList(
                "SELECT globalindex FROM " + EVENTS + " WHERE aggregateidentifier = ? AND sequencenumber = ?",
                Long.class,
                imageId,
                version);
        return position.isEmpty() ? 0 : position.get(0);
    }

    /** One image's events from one version to another (both inclusive), oldest first. */
    public List<TrackedDomainEventData<byte[]>> ofImage(String imageId, long firstVersion, long lastVersion) {
        return jdbc.query(
                COLUMNS + " WHERE aggregateidentifier = ? AND sequencenumber BETWEEN ? AND ?"
                        + " ORDER BY sequencenumber",
                EventStoreTables::row,
                imageId,
                firstVersion,
                lastVersion);
    }

    /** One image's events of the given stored payload types after one version up to another, oldest first. */
    public List<TrackedDomainEventData<byte[]>> ofImage(
            String imageId, Collection<String> payloadTypes, long afterVersion, long lastVersion) {
        return jdbc.query(
                COLUMNS + " WHERE aggregateidentifier = ? AND sequencenumber > ? AND sequencenumber <= ?"
                        + " AND payloadtype = ANY (?) ORDER BY sequencenumber",
                EventStoreTables::row,
                imageId,
                afterVersion,
                lastVersion,
                payloadTypes.toArray(String[]::new));
    }

    /** The version of the image's last event, -1 for an unknown image. */
    public long lastVersion(String imageId) {
        Long last = jdbc.queryForObject(
                "SELECT max(sequencenumber) FROM " + EVENTS + " WHERE aggregateidentifier = ?", Long.class, imageId);
        return last == null ? -1 : last;
    }

    /** The highest position and the number of events, as the caller's transaction sees them. */
    public Extent extent() {
        return jdbc.queryForObject(
                "SELECT COALESCE(max(globalindex), 0), count(*) FROM " + EVENTS,
                (rs, row) -> new Extent(rs.getLong(1), rs.getLong(2)));
    }

    /** The highest position in the event table and how many events it holds. */
    public record Extent(long head, long events) {}

    /**
     * Every event of the images (of all images when null), image by image and oldest first, without metadata, through
     * one cursor; the caller's transaction must be open for the cursor to work. The rows come in PostgreSQL's binary
     * format: as text, every payload would travel as hex, twice its size, as the driver asks for binary only of
     * statements it has run a few times.
     */
    public void byImage(String[] imageIds, int fetchSize, Consumer<TrackedEventData<byte[]>> events) {
        String sql = "SELECT globalindex, aggregateidentifier, sequencenumber, eventidentifier, timestamp, payloadtype,"
                + " payloadrevision, payload FROM " + EVENTS
                + (imageIds == null ? "" : " WHERE aggregateidentifier = ANY (?)")
                + " ORDER BY aggregateidentifier, sequencenumber";
        Object[] args = imageIds == null ? new Object[0] : new Object[] {imageIds};
        jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(sql);
                    statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
                    statement.setFetchSize(fetchSize);
                    new ArgumentPreparedStatementSetter(args).setValues(statement);
                    return statement;
                },
                (ResultSet rs) -> {
                    events.accept(new TrackedDomainEventData<>(
                            new GlobalSequenceTrackingToken(rs.getLong(1)),
                            new EventTableEntry(
                                    "Image",
                                    rs.getString(2),
                                    rs.getLong(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getBytes(8),
                                    NO_METADATA)));
                });
    }

    /**
     * The position each segment of a processor has read up to, as the token table holds it, read without claiming
     * the tokens (Axon's token store reads only a token it claims), so that any node sees how far the others are.
     */
    public Map<Integer, Long> storedPositions(String processorName) {
        Map<Integer, Long> positions = new HashMap<>();
        jdbc.query(
                "SELECT segment, token, tokentype FROM tokenentry WHERE processorname = ?",
                rs -> {
                    byte[] token = rs.getBytes("token");
                    String type = rs.getString("tokentype");
                    TrackingToken stored = token == null || type == null
                            ? null
                            : tokenSerializer.deserialize(
                                    new SimpleSerializedObject<>(token, byte[].class, type, null));
                    positions.put(rs.getInt("segment"), EventPosition.of(stored));
                },
                processorName);
        return positions;
    }

    /** How many segments the processor has in the token table; 0 before it first ran. */
    public int segmentCount(String processorName) {
        Integer segments = jdbc.queryForObject(
                "SELECT count(*) FROM tokenentry WHERE processorname = ?", Integer.class, processorName);
        return segments == null ? 0 : segments;
    }

    private static TrackedDomainEventData<byte[]> row(ResultSet row, int number) throws SQLException {
        return new TrackedDomainEventData<>(
                new GlobalSequenceTrackingToken(row.getLong("globalindex")),
                new EventTableEntry(
                        row.getString("type"),
                        row.getString("aggregateidentifier"),
                        row.getLong("sequencenumber"),
                        row.getString("eventidentifier"),
                        row.getString("timestamp"),
                        row.getString("payloadtype"),
                        row.getString("payloadrevision"),
                        row.getBytes("payload"),
                        row.getBytes("metadata")));
    }
}
