package org.imageledger.query.history;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One line of the event feed. */
record FeedEvent(
        long position,
        @JsonProperty("image_id") String imageId,
        long version,
        String event,
        @JsonProperty("recorded_at") Instant recordedAt,
        String actor,
        @JsonProperty("request_id") String requestId,
        JsonNode payload) {}
