package org.imageledger.query.history;

import org.imageledger.infrastructure.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An image's history and blame, deleted images included. */
@RestController
class ImageHistoryController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final ImageHistory history;
    private final ImageBlame blame;

    ImageHistoryController(ImageHistory history, ImageBlame blame) {
        this.history = history;
        this.blame = blame;
    }

    @GetMapping("/v2/images/{id}/history")
    HistoryPage history(
            @PathVariable String id,
            @RequestParam(name = "from_version", required = false) String fromVersion,
            @RequestParam(name = "limit", required = false) String limit) {
        long from = AuditParameters.nonNegative("from_version", fromVersion, 0);
        int size = AuditParameters.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        return history.page(id, from, size).orElseThrow(() -> unknown(id));
    }

    @GetMapping("/v2/images/{id}/blame")
    Blame blame(@PathVariable String id) {
        return blame.of(id).orElseThrow(() -> unknown(id));
    }

    static ApiException unknown(String id) {
        return ApiException.notFound("No image found with ID " + id);
    }
}
