package org.imageledger.query.images;

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
record ImageListRequest(Sql filter, Sql scope, SortOrder order, int limit, String marker, String memberStatus) {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 1000;

    private static final Set<String> MEMBER_STATUSES = Set.of("pending", "accepted", "rejected", "all");

    static ImageListRequest from(QueryParameters parameters) {
        String limit = parameters.takeFirst("limit");
        String marker = parameters.takeFirst("marker");
        String memberStatus = Objects.requireNonNullElse(parameters.takeFirst("member_status"), "accepted");
        List<String> tags =
                parameters.takeAll("tag").stream().map(String::strip).toList();
        ImageListFilters.requireKnownVisibility(parameters);
        if (!MEMBER_STATUSES.contains(memberStatus)) {
            throw ApiException.badRequest("Invalid status: " + memberStatus);
        }
        int pageSize = limit == null ? DEFAULT_LIMIT : pageSize(limit);
        SortOrder order = SortOrder.from(parameters);
        return new ImageListRequest(
                ImageListFilters.from(parameters, tags), Sql.TRUE, order, pageSize, marker, memberStatus);
    }

    /**
     * The same request narrowed to what the caller may see, unless it reads everything (admin, auditor): public and
     * community images, its own project's, and the shared images whose member it is with the requested
     * {@code member_status} (accepted unless asked otherwise), as Glance lists them.
     */
    ImageListRequest visibleTo(Caller caller) {
        if (caller.readsEverything()) {
            return this;
        }
        String membership = "SELECT 1 FROM image_member mm WHERE mm.image_id = m.id AND mm.member = ?";
        Sql shared = memberStatus.equals("all")
                ? Sql.of("m.visibility = 'shared' AND EXISTS (" + membership + ")", caller.project())
                : Sql.of(
                        "m.visibility = 'shared' AND EXISTS (" + membership + " AND mm.status = ?)",
                        caller.project(),
                        memberStatus);
        Sql visible = Sql.or(
                List.of(Sql.of("m.visibility IN ('public', 'community') OR m.owner = ?", caller.project()), shared));
        return new ImageListRequest(filter, visible, order, limit, marker, memberStatus);
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
