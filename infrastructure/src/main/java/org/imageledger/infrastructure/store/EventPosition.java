package org.imageledger.infrastructure.store;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * Global positions as tracking tokens carry them. Positions are drawn in commit order (see the event store's V2
 * migration), so a token is one position: every event at or below it has been seen, and no event below it can appear
 * later.
 */
public final class EventPosition {

    private EventPosition() {}

    /** The position a token has read up to; 0 for none. */
    public static long of(TrackingToken token) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (current == null) {
            return 0;
        }
        // a token stored before positions were commit-ordered, should one have escaped the migration
        if (current instanceof GapAwareTrackingToken gapAware
                && !gapAware.getGaps().isEmpty()) {
            return gapAware.getGaps().first() - 1;
        }
        return current.position().orElse(0);
    }
}
