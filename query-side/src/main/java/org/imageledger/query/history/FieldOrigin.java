package org.imageledger.query.history;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** The event that gave a field its current value. */
record FieldOrigin(
        long version, @JsonProperty("recorded_at") Instant recordedAt, String actor) {

    static FieldOrigin of(RecordedEvent event) {
        return new FieldOrigin(event.version(), event.recordedAt(), event.actor());
    }
}
