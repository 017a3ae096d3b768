package org.imageledger.query.metadata;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * What every row change records about the event that caused it: the image's version, the global position and the
 * time it was recorded.
 */
record EventStamp(long version, long position, Instant recordedAt) {

    OffsetDateTime recordedAtInDatabase() {
        return DatabaseTime.of(recordedAt);
    }
}
