package org.imageledger.bench.report;

import java.util.Locale;

/** Number formatting shared by the table: enough digits to compare runs, no more. */
final class Figures {

    private Figures() {}

    static String format(Double value, Unit unit) {
        return value == null ? "n/a" : number(value) + " " + unit.symbol;
    }

    static String ratio(Double ratio) {
        return ratio == null ? "" : String.format(Locale.ROOT, ratio >= 10 ? "%.0fx" : "%.2fx", ratio);
    }

    private static String number(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, magnitude >= 10 ? "%.1f" : "%.2f", value);
    }
}
