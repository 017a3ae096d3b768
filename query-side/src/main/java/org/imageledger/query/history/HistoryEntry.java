package org.imageledger.query.history;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * One event in an image's history: when, by whom, in which request (the service's id, and the id the client gave it,
 * if any), and what it changed.
 */
public record HistoryEntry(
        long version,
        long position,
        String event,
        @JsonProperty("recorded_at") Instant recordedAt,
        String actor,
        @JsonProperty("request_id") String requestId,
        @JsonProperty("client_request_id") String clientRequestId,
        List<FieldChange> changes) {}
