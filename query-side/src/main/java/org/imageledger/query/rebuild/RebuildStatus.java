package org.imageledger.query.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A rebuild as the admin API and the command line show it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RebuildStatus(
        State state,
        long done,
        long total,
        @JsonProperty("events_per_second") long eventsPerSecond,
        @JsonProperty("eta_seconds") Long etaSeconds,
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("finished_at") Instant finishedAt,
        List<String> mismatches,
        String error) {

    public enum State {
        @JsonProperty("running")
        RUNNING,
        @JsonProperty("verifying")
        VERIFYING,
        @JsonProperty("completed")
        COMPLETED,
        @JsonProperty("failed")
        FAILED;

        public boolean finished() {
            return this == COMPLETED || this == FAILED;
        }
    }
}
