package org.imageledger.query.history;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An image's history and blame, deleted images included. */
@RestController
class ImageHistoryController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final AuditAccess access;
    private final ImageHistory history;
    private final ImageBlame blame;

    ImageHistoryController(AuditAccess access, ImageHistory history, ImageBlame blame) {
        this.access = access;
        this.history = history;
        this.blame = blame;
    }

    @GetMapping("/v2/images/{id}/history")
    HistoryPage history(
            @PathVariable String id,
            @RequestParam(name = "from_version", required = false) String fromVersion,
            @RequestParam(name = "limit", required = false) String limit,
            HttpServletRequest request) {
        long from = AuditParameters.nonNegative("from_version", fromVersion, 0);
        int size = AuditParameters.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        access.checkImage(request, id);
        return history.page(id, from, size);
    }

    @GetMapping("/v2/images/{id}/blame")
    Blame blame(@PathVariable String id, HttpServletRequest request) {
        access.checkImage(request, id);
        return blame.of(id).orElseThrow(() -> AuditAccess.unknown(id));
    }
}
