package org.imageledger.query.rebuild;

import java.util.List;

/**
 * How far a rebuild has read the event table: the highest position read. Positions are final once visible, so every
 * event at or below it has been read, and the next read starts after it.
 */
final class ReadPosition {

    private long position;

    ReadPosition(long position) {
        this.position = position;
    }

    long position() {
        return position;
    }

    /** Records events read after the position, in global order. */
    void read(List<StoredEvent> events) {
        if (!events.isEmpty()) {
            position = Math.max(position, events.get(events.size() - 1).position());
        }
    }
}
