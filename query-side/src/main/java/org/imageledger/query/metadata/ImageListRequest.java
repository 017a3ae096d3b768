package org.imageledger.query.metadata;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.imageledger.infrastructure.access.Caller;
import org.imageledger.infrastructure.web.ApiException;

/**
 * A {@code GET /v2/images} request: which images, in which order, how many, after which one, within which scope.
 * Parameters are checked in the order Glance checks them, so that a request with several problems is refused for the
 * same one. The scope is what the caller may see: the page and its marker are both looked up within it.
 */
record ImageListRequest(Sql filter, Sql scope, SortOrder order, int limit, String marker) {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 1000;

    private static final Set<String> MEMBER_STATUSES = Set.of("pending", "accepted", "rejected", "all");

    static ImageListRequest from(QueryParameters parameters) {
        String limit = parameters.takeFirst("limit");
        String marker = parameters.takeFirst("marker");
        String memberStatus = Objects.requireNonNullElse(parameters.takeFirst("member_status"), "accepted");
        List<String> tags = parameters.takeAll("tag").stream().map(String::strip).toList();
        ImageListFilters.requireKnownVisibility(parameters);
        // image members are not offered: every status is accepted and none restricts the list
        if (!MEMBER_STATUSES.contains(memberStatus)) {
            throw ApiException.badRequest("Invalid status: " + memberStatus);
        }
        int pageSize = limit == null ? DEFAULT_LIMIT : pageSize(limit);
        SortOrder order = SortOrder.from(parameters);
        return new ImageListRequest(ImageListFilters.from(parameters, tags), Sql.TRUE, order, pageSize, marker);
    }

    /**
     * The same request narrowed to what the caller may see: public and community images and its own project's,
     * unless it reads everything (admin, auditor).
     */
    ImageListRequest visibleTo(Caller caller) {
        if (caller.readsEverything()) {
            return this;
        }
        Sql visible = Sql.of("m.visibility IN ('public', 'community') OR m.owner = ?", caller.project());
        return new ImageListRequest(filter, visible, order, limit, marker);
    }

    private static int pageSize(String limit) {
        BigInteger size = FilterValues.integer(limit)
                .orElseThrow(() -> ApiException.badRequest("limit param must be an integer"));
        if (size.signum() < 0) {
            throw ApiException.badRequest("limit param must be positive");
        }
        return size.min(BigInteger.valueOf(MAX_LIMIT)).intValueExact();
    }
}
