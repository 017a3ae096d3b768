package org.imageledger.query.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * The tokens of all segments of the projection at one moment, with the gaps below them that are real events: a gap
 * in a token is either an event whose transaction committed late, not applied yet, or a position no event will ever
 * have (a rolled-back insert), which must not hold readers back.
 */
record SegmentTokens(List<TrackingToken> tokens, Set<Long> gapsThatAreEvents) {

    /** Every gap below the tokens' positions, to be checked against the event table. */
    static SortedSet<Long> gaps(List<TrackingToken> tokens) {
        SortedSet<Long> gaps = new TreeSet<>();
        tokens.stream()
                .map(SegmentTokens::gapAware)
                .filter(Objects::nonNull)
                .forEach(token -> gaps.addAll(token.getGaps()));
        return gaps;
    }

    /** The position up to which every event has been applied by every segment; 0 when none has. */
    long appliedPosition() {
        if (tokens.isEmpty()) {
            return 0;
        }
        long applied = Long.MAX_VALUE;
        for (TrackingToken token : tokens) {
            applied = Math.min(applied, appliedBy(token));
        }
        return applied;
    }

    private long appliedBy(TrackingToken token) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        OptionalLong index = current == null ? OptionalLong.empty() : current.position();
        if (index.isEmpty()) {
            return 0;
        }
        GapAwareTrackingToken gapAware = gapAware(current);
        if (gapAware != null) {
            for (long gap : gapAware.getGaps()) {
                if (gapsThatAreEvents.contains(gap)) {
                    return Math.max(0, gap - 1);
                }
            }
        }
        return index.getAsLong();
    }

    private static GapAwareTrackingToken gapAware(TrackingToken token) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        return current instanceof GapAwareTrackingToken gapAware ? gapAware : null;
    }

    /** Segment tokens as this node knows them best: its own segments from memory, the others as stored. */
    static List<TrackingToken> merged(Map<Integer, TrackingToken> stored, Map<Integer, EventTrackerStatus> local) {
        List<TrackingToken> tokens = new ArrayList<>();
        stored.forEach((segment, token) -> {
            EventTrackerStatus status = local.get(segment);
            tokens.add(status != null ? status.getTrackingToken() : token);
        });
        return tokens;
    }
}
