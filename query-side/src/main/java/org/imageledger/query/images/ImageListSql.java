package org.imageledger.query.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imageledger.events.ImageState;

/**
 * The SQL of one list page: the filter, and for a page after a marker the images that sort after it (keyset
 * paging, so a deep page costs no more than the first). Nulls sort as PostgreSQL sorts them, last when ascending
 * and first when descending, and the "after" condition follows the same rule, so paging never skips or repeats.
 */
final class ImageListSql {

    private ImageListSql() {}

    /**
     * What follows {@code SELECT … FROM image_metadata m}: the conditions, the order and the limit, after a join of
     * image_recency as {@code r} when the order needs it.
     */
    static Sql page(ImageListRequest request, Optional<ImageState> marker) {
        List<Sql> conditions = new ArrayList<>(List.of(request.filter(), request.scope()));
        marker.ifPresent(after -> conditions.add(after(request.order().terms(), after)));
        Sql where = Sql.and(conditions);
        List<Object> args = new ArrayList<>(where.args());
        args.add(request.limit());
        boolean byRecency = request.order().terms().stream().anyMatch(term -> term.key() == SortKey.UPDATED_AT);
        return new Sql(
                (byRecency ? "JOIN image_recency r ON r.id = m.id " : "") + "WHERE " + where.text() + " ORDER BY "
                        + orderBy(request.order()) + " LIMIT ?",
                args);
    }

    private static String orderBy(SortOrder order) {
        return order.terms().stream()
                .map(term -> term.key().sql + (term.descending() ? " DESC" : " ASC"))
                .collect(Collectors.joining(", "));
    }

    private static Sql after(List<SortOrder.Term> terms, ImageState marker) {
        boolean oneDirection = terms.stream()
                .allMatch(term -> term.descending() == terms.get(0).descending());
        if (oneDirection && terms.stream().noneMatch(term -> term.key().nullable)) {
            // a row comparison, which PostgreSQL turns into an index range
            return new Sql(
                    "(" + terms.stream().map(term -> term.key().sql).collect(Collectors.joining(", ")) + ")"
                            + (terms.get(0).descending() ? " < (" : " > (")
                            + terms.stream().map(term -> "?").collect(Collectors.joining(", ")) + ")",
                    terms.stream().map(term -> term.key().valueOf(marker)).toList());
        }
        List<Sql> alternatives = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            List<Sql> alternative = new ArrayList<>();
            for (SortOrder.Term earlier : terms.subList(0, i)) {
                alternative.add(equal(earlier, marker));
            }
            alternative.add(beyond(terms.get(i), marker));
            alternatives.add(Sql.and(alternative));
        }
        return Sql.or(alternatives);
    }

    private static Sql equal(SortOrder.Term term, ImageState marker) {
        Object value = term.key().valueOf(marker);
        return value == null ? Sql.of(term.key().sql + " IS NULL") : Sql.of(term.key().sql + " = ?", value);
    }

    private static Sql beyond(SortOrder.Term term, ImageState marker) {
        String column = term.key().sql;
        Object value = term.key().valueOf(marker);
        if (term.descending()) {
            return value == null ? Sql.of(column + " IS NOT NULL") : Sql.of(column + " < ?", value);
        }
        if (value == null) {
            return Sql.FALSE;
        }
        return term.key().nullable
                ? Sql.of(column + " > ? OR " + column + " IS NULL", value)
                : Sql.of(column + " > ?", value);
    }
}
