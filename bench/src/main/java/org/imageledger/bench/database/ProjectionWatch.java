package org.imageledger.bench.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/**
 * Watches the projection table directly, never through the API (whose reads wait for the projection). Every event
 * raises its image's row to the event's version, so once the projection has caught up the sum of (version + 1)
 * over all rows equals the number of events.
 */
public final class ProjectionWatch {

    // the poll sums over every row: often enough to time a catch-up of minutes, rarely enough not to slow it
    private static final Duration POLL = Duration.ofSeconds(1);

    /** How far the projection got: {@code applied} of {@code events} events after {@code waited}. */
    public record CatchUp(long applied, long events, Duration waited) {

        public boolean complete() {
            return applied >= events;
        }

        public String describe() {
            return String.format(
                    Locale.ROOT,
                    "the projection had applied %,d of %,d events after %d s",
                    applied,
                    events,
                    waited.toSeconds());
        }
    }

    private final BenchDatabase database;

    public ProjectionWatch(BenchDatabase database) {
        this.database = database;
    }

    public long events() throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            return single(statement, "SELECT count(*) FROM domainevententry");
        }
    }

    /** Waits until the projection has applied every event in the store, or the timeout has passed. */
    public CatchUp awaitCaughtUp(Duration timeout) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            long events = single(statement, "SELECT count(*) FROM domainevententry");
            while (true) {
                long applied = single(statement, "SELECT coalesce(sum(version + 1), 0) FROM image_metadata");
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                if (applied >= events || waited.compareTo(timeout) > 0) {
                    return new CatchUp(applied, events, waited);
                }
                Thread.sleep(POLL.toMillis());
            }
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
