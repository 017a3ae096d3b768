package org.imageledger.query.rebuild;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.imageledger.events.ImageEvent;
import org.imageledger.infrastructure.store.EventTableEntry;
import org.postgresql.PGStatement;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event table read in bulk, straight through JDBC but decoded by Axon's event serializer and upcaster chain, so
 * that a rebuild sees exactly the payloads the live projection sees.
 */
@Component
class EventPages {

    private static final String COLUMNS = "SELECT globalindex, aggregateidentifier, sequencenumber, eventidentifier,"
            + " timestamp, payloadtype, payloadrevision, payload FROM domainevententry";
    private static final byte[] NO_METADATA = "{}".getBytes(StandardCharsets.UTF_8);
    private static final int FETCH_SIZE = 5_000;

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate snapshot;

    EventPages(
            JdbcTemplate jdbc,
            @Qualifier("eventSerializer") Serializer serializer,
            Configuration axon,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.upcasters = axon.upcasterChain() == null ? NoOpEventUpcaster.INSTANCE : axon.upcasterChain();
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    long head() {
        Long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        return head == null ? 0 : head;
    }

    /** Up to limit events after the position, in global order. */
    List<StoredEvent> after(long position, int limit) {
        return decode(jdbc.query(COLUMNS + " WHERE globalindex > ? ORDER BY globalindex LIMIT ?", EventPages::raw,
                position, limit));
    }

    /** Those of the positions that hold an event by now, in global order. */
    List<StoredEvent> at(Collection<Long> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        return decode(jdbc.query(COLUMNS + " WHERE globalindex = ANY (?) ORDER BY globalindex", EventPages::raw,
                (Object) positions.toArray(Long[]::new)));
    }

    /**
     * Every event of the images (of all images when null), image by image and oldest first, handed over in chunks in
     * that order through one cursor; an image's stream may continue in the next chunk.
     */
    void byImage(String[] imageIds, Consumer<List<StoredEvent>> chunks) {
        String where = imageIds == null ? "" : " WHERE aggregateidentifier = ANY (?)";
        Object[] args = imageIds == null ? new Object[0] : new Object[] {imageIds};
        readOnly.executeWithoutResult(status -> stream(where, args, chunks));
    }

    /**
     * Every event of one snapshot of the table, as {@link #byImage} hands them over; first the snapshot's extent. An
     * event committed after the snapshot was taken is not in it, even at a position below its head.
     */
    void snapshotByImage(Consumer<Snapshot> extent, Consumer<List<StoredEvent>> chunks) {
        snapshot.executeWithoutResult(status -> {
            extent.accept(jdbc.queryForObject("SELECT COALESCE(max(globalindex), 0), count(*) FROM domainevententry",
                    (rs, row) -> new Snapshot(rs.getLong(1), rs.getLong(2))));
            stream("", new Object[0], chunks);
        });
    }

    /** The highest position in a snapshot of the event table, and how many events it holds. */
    record Snapshot(long head, long events) {}

    /**
     * One query through a cursor, its rows in PostgreSQL's binary format: as text, every payload would travel as hex,
     * twice its size and encoded and decoded on the way, as the driver asks for binary only of statements it has run
     * a few times.
     */
    private void stream(String where, Object[] args, Consumer<List<StoredEvent>> chunks) {
        String sql = COLUMNS + where + " ORDER BY aggregateidentifier, sequencenumber";
        List<TrackedEventData<?>> chunk = new ArrayList<>(FETCH_SIZE);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
            statement.setFetchSize(FETCH_SIZE);
            new ArgumentPreparedStatementSetter(args).setValues(statement);
            return statement;
        }, (ResultSet rs) -> {
            chunk.add(raw(rs, 0));
            if (chunk.size() == FETCH_SIZE) {
                chunks.accept(decode(chunk));
                chunk.clear();
            }
        });
        chunks.accept(decode(chunk));
    }

    private static TrackedEventData<?> raw(ResultSet rs, int row) throws SQLException {
        return new TrackedDomainEventData<>(
                new GlobalSequenceTrackingToken(rs.getLong(1)),
                new EventTableEntry("Image", rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8), NO_METADATA));
    }

    private List<StoredEvent> decode(List<? extends TrackedEventData<?>> raw) {
        if (raw.isEmpty()) {
            return List.of();
        }
        List<StoredEvent> events = new ArrayList<>(raw.size());
        EventUtils.upcastAndDeserializeTrackedEvents(raw.stream(), serializer, upcasters).forEach(m -> {
            DomainEventMessage<?> domain = (DomainEventMessage<?>) m;
            events.add(new StoredEvent(m.trackingToken().position().orElseThrow(), domain.getAggregateIdentifier(),
                    domain.getSequenceNumber(), (ImageEvent) m.getPayload(), m.getTimestamp()));
        });
        return events;
    }
}
