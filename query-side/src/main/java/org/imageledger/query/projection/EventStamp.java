package org.imageledger.query.projection;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.axonframework.eventhandling.TrackingToken;
import org.imageledger.infrastructure.store.EventPosition;
import org.imageledger.query.tables.DatabaseTime;

/**
 * What every row change records about the event that caused it: the image's version, when it was recorded, and its
 * global position.
 */
record EventStamp(long version, Instant recordedAt, long position) {

    static EventStamp of(long version, Instant recordedAt, TrackingToken token) {
        return new EventStamp(version, recordedAt, EventPosition.of(token));
    }

    OffsetDateTime recordedAtInDatabase() {
        return DatabaseTime.of(recordedAt);
    }
}
