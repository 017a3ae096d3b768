package org.imageledger.query.images;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** A piece of SQL with its bind values; values never become SQL text. */
record Sql(String text, List<Object> args) {

    static final Sql FALSE = new Sql("FALSE", List.of());
    static final Sql TRUE = new Sql("TRUE", List.of());

    static Sql of(String text, Object... args) {
        return new Sql(text, Arrays.asList(args));
    }

    static Sql and(Collection<Sql> parts) {
        return join(parts, " AND ");
    }

    static Sql or(Collection<Sql> parts) {
        return join(parts, " OR ");
    }

    private static Sql join(Collection<Sql> parts, String separator) {
        List<Object> args = new ArrayList<>();
        parts.forEach(part -> args.addAll(part.args));
        return new Sql(parts.stream().map(part -> "(" + part.text + ")").collect(Collectors.joining(separator)), args);
    }

    /** {@code column IN (…)} over the given values; no values match nothing. */
    static Sql in(String column, List<String> values) {
        if (values.isEmpty()) {
            return FALSE;
        }
        return new Sql(
                column + " IN (" + values.stream().map(value -> "?").collect(Collectors.joining(", ")) + ")",
                List.copyOf(values));
    }
}
