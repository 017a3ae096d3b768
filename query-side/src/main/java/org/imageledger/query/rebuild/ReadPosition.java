package org.imageledger.query.rebuild;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.LongPredicate;

/**
 * How far a rebuild has read the event table: the highest position read, and the positions below it that held no
 * event when read past. An event's position is drawn before its transaction commits, so such a hole may still fill;
 * like Axon's gap-aware token, holes further than {@link #MAX_GAP_OFFSET} below the position are given up.
 */
final class ReadPosition {

    static final long MAX_GAP_OFFSET = 10_000;

    private long position;
    private final SortedSet<Long> gaps = new TreeSet<>();

    ReadPosition() {}

    /**
     * Read up to a position at once, as from a snapshot: the positions near it (within {@link #MAX_GAP_OFFSET}) that
     * held no event are its gaps.
     *
     * @param held whether a position held an event, asked only of positions near the given one
     */
    ReadPosition(long position, LongPredicate held) {
        this.position = position;
        for (long hole = Math.max(1, position - MAX_GAP_OFFSET); hole < position; hole++) {
            if (!held.test(hole)) {
                gaps.add(hole);
            }
        }
    }

    long position() {
        return position;
    }

    SortedSet<Long> gaps() {
        return new TreeSet<>(gaps);
    }

    /** Records events read, in global order, either after the position or filling gaps. */
    void read(List<StoredEvent> events) {
        for (StoredEvent e : events) {
            if (e.position() > position) {
                for (long hole = Math.max(position, e.position() - MAX_GAP_OFFSET) + 1; hole < e.position(); hole++) {
                    gaps.add(hole);
                }
                position = e.position();
            } else {
                gaps.remove(e.position());
            }
        }
        gaps.headSet(position - MAX_GAP_OFFSET).clear();
    }
}
