package org.imageledger.bench.report;

import java.util.Optional;

/**
 * One line of the result: our figure, the raw-PostgreSQL figure measured in the same run (if there is one), and the
 * target. A figure that could not be measured is null and the note says why.
 */
public record Row(String metric, Unit unit, Double ours, Double baseline, Target target, String note) {

    public static Row of(String metric, Unit unit, double ours, Double baseline, Target target) {
        return new Row(metric, unit, ours, baseline, target, null);
    }

    public static Row notAvailable(String metric, Unit unit, Target target, String why) {
        return new Row(metric, unit, null, null, target, why);
    }

    /** A measurement that broke off: no figures at all, and the reason. */
    public static Row failed(String measurement, String why) {
        return new Row(measurement, null, null, null, null, "failed: " + why);
    }

    /** This row with a footnote that says what exactly was measured. */
    public Row withNote(String text) {
        return new Row(metric, unit, ours, baseline, target, text);
    }

    /** Ours divided by the baseline: above 1 means more (throughput) or slower (latency) than PostgreSQL. */
    public Double ratio() {
        return ours == null || baseline == null || baseline == 0 ? null : ours / baseline;
    }

    public Optional<Boolean> targetMet() {
        return target == null ? Optional.empty() : target.isMetBy(this);
    }
}
