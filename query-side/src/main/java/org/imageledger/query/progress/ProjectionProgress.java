package org.imageledger.query.progress;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.imageledger.infrastructure.store.EventStoreTables;
import org.imageledger.query.processor.ImageMetadataProcessorConfiguration;
import org.springframework.stereotype.Component;

/**
 * How far the image_metadata projection has got: the global position up to which every event is applied, across all
 * segments, whichever node processes them. This node's segments are read from its processor (current to the last
 * commit), the others from the token table (which a node updates at least every claim extension threshold).
 *
 * <p>Many readers may ask at once; one of them looks at the tokens while the others take the last answer, which only
 * ever understates the truth, so no reader waits on another.
 */
@Component
public class ProjectionProgress {

    /** How stale the last look at the tokens may be before a reader looks again. */
    private static final long FRESH_NANOS = Duration.ofMillis(2).toNanos();

    private static final long POLL_MILLIS = 5;

    private final EventStoreTables tables;
    private final EventProcessingConfiguration processing;
    /** An applied position stays applied: a read at or below this one needs no look at the tokens. */
    private final AtomicLong knownApplied = new AtomicLong();

    private final AtomicLong lookedAt = new AtomicLong(System.nanoTime() - 2 * FRESH_NANOS);
    private final AtomicBoolean looking = new AtomicBoolean();

    ProjectionProgress(EventStoreTables tables, EventProcessingConfiguration processing) {
        this.tables = tables;
        this.processing = processing;
    }

    /** The position up to which every event has been applied; 0 before the first. */
    public long appliedPosition() {
        if (System.nanoTime() - lookedAt.get() > FRESH_NANOS && looking.compareAndSet(false, true)) {
            try {
                long applied = SegmentTokens.appliedPosition(
                        tables.storedPositions(ImageMetadataProcessorConfiguration.NAME), localStatus());
                knownApplied.accumulateAndGet(applied, Math::max);
                lookedAt.set(System.nanoTime());
            } finally {
                looking.set(false);
            }
        }
        return knownApplied.get();
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

    private Map<Integer, EventTrackerStatus> localStatus() {
        return processing
                .eventProcessor(ImageMetadataProcessorConfiguration.NAME, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus)
                .orElse(Map.of());
    }
}
