package org.imageledger.bench.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Watches the projection table directly, never through the API (whose reads wait for the projection). Every event
 * raises its image's row to the event's version, so once the projection has caught up the sum of (version + 1)
 * over all rows equals the number of events.
 */
public final class ProjectionWatch {

    private static final Duration POLL = Duration.ofMillis(200);

    private final BenchDatabase database;

    public ProjectionWatch(BenchDatabase database) {
        this.database = database;
    }

    public long events() throws SQLException {
        return single("SELECT count(*) FROM domainevententry");
    }

    /** Waits until the projection has applied {@code events} events in all. */
    public void awaitApplied(long events, Duration timeout)
            throws SQLException, InterruptedException, TimeoutException {
        long started = System.nanoTime();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            while (true) {
                long applied = sum(statement);
                if (applied >= events) {
                    return;
                }
                if (System.nanoTime() - started > timeout.toNanos()) {
                    throw new TimeoutException("the projection applied " + applied + " of " + events
                            + " events within " + timeout);
                }
                Thread.sleep(POLL.toMillis());
            }
        }
    }

    private static long sum(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT coalesce(sum(version + 1), 0) FROM image_metadata")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long single(String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
