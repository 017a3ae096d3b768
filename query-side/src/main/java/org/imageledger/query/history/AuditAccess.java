package org.imageledger.query.history;

import jakarta.servlet.http.HttpServletRequest;
import org.imageledger.infrastructure.access.AuthenticationFilter;
import org.imageledger.infrastructure.access.Caller;
import org.imageledger.infrastructure.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * Who may read what of the audit API (docs/API.md §5): an image's past is for those who may see the image,
 * answered as missing otherwise; the event feed, which shows every image, is for auditors and admins.
 */
@Component
class AuditAccess {

    private final ImageAudience audience;

    AuditAccess(ImageAudience audience) {
        this.audience = audience;
    }

    void checkImage(HttpServletRequest request, String imageId) {
        Caller caller = AuthenticationFilter.callerOf(request);
        if (!caller.mayRead()) {
            throw ApiException.forbidden("You are not authorized to read images.");
        }
        if (!audience.includes(caller, imageId)) {
            throw unknown(imageId);
        }
    }

    static ApiException unknown(String imageId) {
        return ApiException.notFound("No image found with ID " + imageId);
    }

    static void checkFeed(HttpServletRequest request) {
        if (!AuthenticationFilter.callerOf(request).readsEverything()) {
            throw ApiException.forbidden("You are not authorized to read the event feed.");
        }
    }
}
