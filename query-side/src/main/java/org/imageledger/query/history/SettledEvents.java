package org.imageledger.query.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventData;

/**
 * How much of a page read after a position can be handed out without ever skipping an event.
 *
 * <p>Positions come from a sequence drawn when a row is inserted, but rows become visible when their transaction
 * commits, so a hole between visible positions is either an append still in flight, which will fill it, or one that
 * rolled back (a lost concurrent append, say), which never will. They look the same. Like Axon's own tracking
 * processors (the storage engine's gap timeout), we tell them apart by age: a hole whose following event was recorded
 * less than {@code timeout} ago may still fill, so the page stops before it; an older hole is taken as rolled back.
 * An append left uncommitted for longer than the timeout would therefore be skipped: the timeout must exceed any
 * append transaction, and writer clocks must be in sync.
 */
final class SettledEvents {

    private SettledEvents() {}

    /** The number of leading rows that are safe to hand out; rows are in position order, all after {@code after}. */
    static int count(long after, List<? extends TrackedEventData<?>> rows, Instant now, Duration timeout) {
        long expected = after + 1;
        for (int i = 0; i < rows.size(); i++) {
            TrackedEventData<?> row = rows.get(i);
            long position = EventDecoder.position(row.trackingToken());
            if (position != expected && row.getTimestamp().plus(timeout).isAfter(now)) {
                return i;
            }
            expected = position + 1;
        }
        return rows.size();
    }
}
