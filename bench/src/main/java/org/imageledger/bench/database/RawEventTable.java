package org.imageledger.bench.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imageledger.bench.database.StoredEvents.StoredEvent;
import org.imageledger.bench.load.LoadClient;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImagePropertySet;

/**
 * A copy of the event table (same columns, indexes and constraints) for the write baselines: what PostgreSQL itself
 * manages when each write is a plain JDBC transaction, with rows of the size the service writes.
 */
public final class RawEventTable {

    private static final String TABLE = "bench_event";
    private static final String INSERT = "INSERT INTO " + TABLE + " (eventidentifier, aggregateidentifier,"
            + " sequencenumber, type, timestamp, payloadtype, payloadrevision, payload, metadata)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final BenchDatabase database;
    private final StoredEvents events;

    private RawEventTable(BenchDatabase database, StoredEvents events) {
        this.database = database;
        this.events = events;
    }

    public static RawEventTable create(BenchDatabase database, StoredEvents events) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + TABLE + " (LIKE domainevententry INCLUDING ALL)");
            // LIKE copies the default, which would draw positions from the service's own sequence under its append
            // lock, serializing the baseline's commits with the service's: the copy gets a sequence of its own
            statement.execute("CREATE SEQUENCE " + TABLE + "_position");
            statement.execute(
                    "ALTER TABLE " + TABLE + " ALTER COLUMN globalindex SET DEFAULT nextval('" + TABLE + "_position')");
        }
        return new RawEventTable(database, events);
    }

    /**
     * A client that appends to its own image the way an optimistic event store must at the least: in one
     * transaction, read the last version, insert the next one (the unique key would refuse a concurrent twin).
     */
    public LoadClient optimisticAppender(String actor) throws SQLException {
        String imageId = UUID.randomUUID().toString();
        Connection connection = database.connect();
        insert(connection, created(imageId), actor);
        connection.setAutoCommit(false);
        PreparedStatement last = connection.prepareStatement(
                "SELECT max(sequencenumber) FROM " + TABLE + " WHERE aggregateidentifier = ?");
        PreparedStatement insert = connection.prepareStatement(INSERT);
        return new LoadClient() {
            private long values;

            @Override
            public void call() throws SQLException {
                last.setString(1, imageId);
                long version;
                try (ResultSet rows = last.executeQuery()) {
                    rows.next();
                    version = rows.getLong(1) + 1;
                }
                bind(
                        insert,
                        events.of(
                                new ImagePropertySet(imageId, "bench_key", "v" + ++values),
                                version,
                                Instant.now(),
                                actor));
                insert.executeUpdate();
                connection.commit();
            }

            @Override
            public void close() throws SQLException {
                connection.close();
            }
        };
    }

    /** A client that inserts one creation event per transaction, each for a new image. */
    public LoadClient creator(String actor) throws SQLException {
        Connection connection = database.connect();
        PreparedStatement insert = connection.prepareStatement(INSERT);
        return new LoadClient() {
            @Override
            public void call() throws SQLException {
                bind(insert, events.of(created(UUID.randomUUID().toString()), 0, Instant.now(), actor));
                insert.executeUpdate();
            }

            @Override
            public void close() throws SQLException {
                connection.close();
            }
        };
    }

    private void insert(Connection connection, ImageCreated event, String actor) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, events.of(event, 0, Instant.now(), actor));
            insert.executeUpdate();
        }
    }

    /** The creation event of a create request like the one the create benchmark sends. */
    private static ImageCreated created(String imageId) {
        return new ImageCreated(
                imageId,
                "bench",
                "shared",
                false,
                false,
                0,
                0,
                "qcow2",
                "bare",
                "admin",
                Map.of("bench_key", "v0"),
                List.of());
    }

    private static void bind(PreparedStatement insert, StoredEvent event) throws SQLException {
        insert.setString(1, event.eventId());
        insert.setString(2, event.imageId());
        insert.setLong(3, event.version());
        insert.setString(4, StoredEvents.AGGREGATE_TYPE);
        insert.setString(5, event.timestamp());
        insert.setString(6, event.payloadType());
        insert.setString(7, event.revision());
        insert.setBytes(8, event.payload());
        insert.setBytes(9, event.metadata());
    }
}
