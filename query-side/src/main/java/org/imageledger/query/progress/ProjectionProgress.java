package org.imageledger.query.progress;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.imageledger.query.metadata.ImageMetadataProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the image_metadata projection has got: the global position up to which every event is applied, across all
 * segments, whichever node processes them. This node's segments are read from its processor (current to the last
 * commit), the others from the token table (which a node updates at least every claim extension threshold).
 */
@Component
public class ProjectionProgress {

    /** How stale a snapshot of the tokens may be when many readers wait at once. */
    private static final long FRESH_NANOS = Duration.ofMillis(2).toNanos();

    private static final long POLL_MILLIS = 5;

    private final JdbcTemplate jdbc;
    private final StoredTokens storedTokens;
    private final EventProcessingConfiguration processing;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile SegmentTokens snapshot;
    /** Read and written under {@link #refreshing}. */
    private long snapshotTakenAt;
    /** An applied position stays applied: a read at or below this one needs no look at the tokens. */
    private final AtomicLong knownApplied = new AtomicLong();

    ProjectionProgress(JdbcTemplate jdbc, StoredTokens storedTokens, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.storedTokens = storedTokens;
        this.processing = processing;
    }

    /** The position up to which every event has been applied; 0 before the first. */
    public long appliedPosition() {
        return knownApplied.accumulateAndGet(tokens().appliedPosition(), Math::max);
    }

    /**
     * Waits until every event at or below the position is applied, at most for the timeout.
     *
     * @return whether it was applied in time
     */
    public boolean awaitApplied(long position, Duration timeout) {
        if (position <= knownApplied.get()) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (appliedPosition() < position) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * A fresh snapshot, or, while another reader is taking one, the last: a reader never queues behind another's
     * query (which waits as long as the pool does when the database is away). An older snapshot can only show less
     * applied, so a reader using it waits a little longer, never answers too early.
     */
    private SegmentTokens tokens() {
        SegmentTokens last = snapshot;
        if (last != null && !refreshing.tryLock()) {
            return last;
        }
        if (last == null) {
            refreshing.lock();
        }
        try {
            long now = System.nanoTime();
            if (snapshot == null || now - snapshotTakenAt > FRESH_NANOS) {
                List<TrackingToken> tokens = SegmentTokens.merged(storedTokens.read(), localStatus());
                snapshot = new SegmentTokens(tokens, gapsThatAreEvents(SegmentTokens.gaps(tokens)));
                snapshotTakenAt = now;
            }
            return snapshot;
        } finally {
            refreshing.unlock();
        }
    }

    private Map<Integer, EventTrackerStatus> localStatus() {
        return processing.eventProcessor(ImageMetadataProcessor.NAME, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus)
                .orElse(Map.of());
    }

    private Set<Long> gapsThatAreEvents(SortedSet<Long> gaps) {
        if (gaps.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList(
                "SELECT globalindex FROM domainevententry WHERE globalindex = ANY (?)",
                Long.class,
                (Object) gaps.toArray(Long[]::new)));
    }
}
