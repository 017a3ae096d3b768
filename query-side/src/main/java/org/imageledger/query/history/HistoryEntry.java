package org.imageledger.query.history;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** One event in an image's history: when, by whom, in which request, and what it changed. */
public record HistoryEntry(
        long version,
        long position,
        String event,
        @JsonProperty("recorded_at") Instant recordedAt,
        String actor,
        @JsonProperty("request_id") String requestId,
        List<FieldChange> changes) {}
