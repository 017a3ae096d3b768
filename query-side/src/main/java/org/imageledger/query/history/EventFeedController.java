package org.imageledger.query.history;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The global event feed as NDJSON. */
@RestController
class EventFeedController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    private final EventFeed feed;

    EventFeedController(EventFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/v2/events")
    ResponseEntity<byte[]> events(
            @RequestParam(name = "after_position", required = false) String afterPosition,
            @RequestParam(name = "limit", required = false) String limit,
            HttpServletRequest request) {
        AuditAccess.checkFeed(request);
        long after = AuditParameters.nonNegative("after_position", afterPosition, 0);
        int size = AuditParameters.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        return ResponseEntity.ok()
                .contentType(NDJSON)
                .body(feed.after(after, size).ndjson());
    }
}
