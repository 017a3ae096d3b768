package org.imageledger.bench.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.imageledger.bench.load.Latencies;
import org.imageledger.bench.load.LoadResult;
import org.imageledger.bench.load.NanosLog;

/**
 * Measures projection lag: writers report each acknowledged version of their image, and a watcher thread polls the
 * projection table for those images every few milliseconds. The lag of a write is the time from its acknowledgement
 * to the first poll that returned its version or a later one, so it errs long by at most one poll.
 */
public final class VersionWatch implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(5);

    private record Acknowledged(long version, long atNanos) {}

    private final List<String> imageIds;
    private final List<ConcurrentLinkedQueue<Acknowledged>> pending;
    private final NanosLog acknowledgedAt = new NanosLog();
    private final NanosLog lags = new NanosLog();
    private final Connection connection;
    private final Thread watcher;
    private volatile boolean running = true;
    private volatile SQLException failure;

    public VersionWatch(BenchDatabase database, List<String> imageIds) throws SQLException {
        this.imageIds = List.copyOf(imageIds);
        this.pending = imageIds.stream()
                .map(id -> new ConcurrentLinkedQueue<Acknowledged>())
                .toList();
        this.connection = database.connect();
        this.watcher = new Thread(this::watch, "bench-version-watch");
        watcher.start();
    }

    /** Called by the writer of image {@code image} (an index into the ids) right after a 2xx. */
    public void acknowledged(int image, long version) {
        pending.get(image).add(new Acknowledged(version, System.nanoTime()));
    }

    /**
     * Waits until every acknowledged version has been seen, then stops watching; returns the lags of the writes
     * acknowledged inside the load's measured window.
     */
    public Latencies finish(LoadResult load, Duration timeout)
            throws InterruptedException, SQLException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.stream().anyMatch(queue -> !queue.isEmpty()) && failure == null) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the projection did not show every acknowledged write within " + timeout);
            }
            Thread.sleep(POLL.toMillis());
        }
        close();
        if (failure != null) {
            throw failure;
        }
        long[] at = acknowledgedAt.toArray();
        long[] lag = lags.toArray();
        return Latencies.ofNanos(IntStream.range(0, lag.length)
                .filter(i -> load.inWindow(at[i]))
                .mapToLong(i -> lag[i])
                .toArray());
    }

    private void watch() {
        try (PreparedStatement versions =
                connection.prepareStatement("SELECT id, version FROM image_metadata WHERE id = ANY (?)")) {
            versions.setObject(1, imageIds.toArray(String[]::new));
            while (running) {
                Map<String, Long> seen = new HashMap<>();
                try (ResultSet rows = versions.executeQuery()) {
                    while (rows.next()) {
                        seen.put(rows.getString(1), rows.getLong(2));
                    }
                }
                long now = System.nanoTime();
                for (int image = 0; image < imageIds.size(); image++) {
                    settle(pending.get(image), seen.getOrDefault(imageIds.get(image), -1L), now);
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (SQLException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void settle(ConcurrentLinkedQueue<Acknowledged> queue, long seenVersion, long now) {
        for (Acknowledged head = queue.peek(); head != null && head.version() <= seenVersion; head = queue.peek()) {
            queue.poll();
            acknowledgedAt.add(head.atNanos());
            // the row may show the version before the writer has its answer: that is no lag at all
            lags.add(Math.max(0, now - head.atNanos()));
        }
    }

    @Override
    public void close() throws InterruptedException, SQLException {
        running = false;
        watcher.join();
        connection.close();
    }
}
