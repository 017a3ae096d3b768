package org.imageledger.query.metadata;

import java.time.Instant;
import java.time.OffsetDateTime;

/** What every row change records about the event that caused it: the image's version and when it was recorded. */
record EventStamp(long version, Instant recordedAt) {

    OffsetDateTime recordedAtInDatabase() {
        return DatabaseTime.of(recordedAt);
    }
}
