package org.imageledger.query.images;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.imageledger.infrastructure.web.ApiException;

/**
 * The order of a list, from either of Glance's syntaxes: {@code sort=key[:dir],…} or repeated {@code sort_key} and
 * {@code sort_dir}. The direction defaults to descending, the key to {@code created_at}; {@code created_at} and
 * {@code id} are appended when missing (in the single given direction, else descending), so the order is total.
 */
record SortOrder(List<Term> terms) {

    record Term(SortKey key, boolean descending) {}

    static SortOrder from(QueryParameters parameters) {
        List<SortKey> keys = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        if (parameters.contains("sort")) {
            if (parameters.contains("sort_key") || parameters.contains("sort_dir")) {
                throw ApiException.badRequest("Old and new sorting syntax cannot be combined");
            }
            for (String term : parameters.takeFirst("sort").strip().split(",", -1)) {
                int colon = term.indexOf(':');
                String direction = colon < 0 ? "" : term.substring(colon + 1);
                keys.add(key(colon < 0 ? term : term.substring(0, colon)));
                descending.add(direction.isEmpty() || descending(direction));
            }
        } else {
            parameters.takeAll("sort_key").forEach(key -> keys.add(key(key)));
            parameters.takeAll("sort_dir").forEach(direction -> descending.add(descending(direction)));
            if (descending.size() > 1 && descending.size() != keys.size()) {
                throw ApiException.badRequest("Number of sort dirs does not match the number of sort keys");
            }
        }
        return completed(keys, descending);
    }

    private static SortOrder completed(List<SortKey> keys, List<Boolean> descending) {
        if (keys.isEmpty()) {
            keys.add(SortKey.CREATED_AT);
        }
        boolean byDefault = descending.size() != 1 || descending.get(0);
        if (descending.size() <= 1) {
            descending = new ArrayList<>(Collections.nCopies(keys.size(), byDefault));
        }
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            terms.add(new Term(keys.get(i), descending.get(i)));
        }
        for (SortKey tiebreaker : List.of(SortKey.CREATED_AT, SortKey.ID)) {
            if (!keys.contains(tiebreaker)) {
                terms.add(new Term(tiebreaker, byDefault));
            }
        }
        return new SortOrder(List.copyOf(terms));
    }

    private static SortKey key(String name) {
        String key = name.strip();
        return SortKey.named(key)
                .orElseThrow(() -> ApiException.badRequest(
                        "Invalid sort key: " + key + ". It must be one of the following: " + SortKey.NAMES + "."));
    }

    private static boolean descending(String direction) {
        return switch (direction.strip()) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw ApiException.badRequest("Invalid sort direction: " + direction.strip());
        };
    }
}
