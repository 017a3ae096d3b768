package org.imageledger.bench.report;

import java.util.Optional;

/** A goal for one figure: either on the figure itself or on its ratio to the baseline. */
public record Target(Kind kind, double bound) {

    public enum Kind {
        AT_LEAST,
        AT_MOST,
        RATIO_AT_LEAST,
        RATIO_AT_MOST
    }

    public static Target atLeast(double bound) {
        return new Target(Kind.AT_LEAST, bound);
    }

    public static Target atMost(double bound) {
        return new Target(Kind.AT_MOST, bound);
    }

    public static Target ratioAtLeast(double bound) {
        return new Target(Kind.RATIO_AT_LEAST, bound);
    }

    public static Target ratioAtMost(double bound) {
        return new Target(Kind.RATIO_AT_MOST, bound);
    }

    /** Empty when the figure it judges was not measured. */
    Optional<Boolean> isMetBy(Row row) {
        Double value = switch (kind) {
            case AT_LEAST, AT_MOST -> row.ours();
            case RATIO_AT_LEAST, RATIO_AT_MOST -> row.ratio();
        };
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(kind == Kind.AT_LEAST || kind == Kind.RATIO_AT_LEAST ? value >= bound : value <= bound);
    }

    String describe(Unit unit) {
        String comparison = kind == Kind.AT_LEAST || kind == Kind.RATIO_AT_LEAST ? ">= " : "<= ";
        return switch (kind) {
            case AT_LEAST, AT_MOST -> comparison + Figures.format(bound, unit);
            case RATIO_AT_LEAST, RATIO_AT_MOST -> comparison + Figures.ratio(bound) + " baseline";
        };
    }
}
