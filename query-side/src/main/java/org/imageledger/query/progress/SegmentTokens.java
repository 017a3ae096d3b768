package org.imageledger.query.progress;

import java.util.Map;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.imageledger.infrastructure.store.EventPosition;

/**
 * How far the segments of the projection have got together. Positions are final once visible, so a segment at
 * position P has applied every event of its own at or below P, and the projection has applied P once every segment is
 * there.
 */
final class SegmentTokens {

    private SegmentTokens() {}

    /**
     * The position up to which every segment has applied every event: this node's segments as it knows them (current
     * to their last commit), the others as stored; 0 before the projection has segments.
     */
    static long appliedPosition(Map<Integer, Long> stored, Map<Integer, EventTrackerStatus> local) {
        if (stored.isEmpty()) {
            return 0;
        }
        long applied = Long.MAX_VALUE;
        for (Map.Entry<Integer, Long> segment : stored.entrySet()) {
            EventTrackerStatus status = local.get(segment.getKey());
            long position = status != null ? EventPosition.of(status.getTrackingToken()) : segment.getValue();
            applied = Math.min(applied, position);
        }
        return applied;
    }
}
