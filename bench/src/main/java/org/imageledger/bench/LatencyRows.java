package org.imageledger.bench;

import java.util.List;
import org.imageledger.bench.load.LoadResult;
import org.imageledger.bench.report.Row;
import org.imageledger.bench.report.Target;
import org.imageledger.bench.report.Unit;

/** The p50 and p99 rows of one latency, ours beside the baseline's. */
final class LatencyRows {

    private LatencyRows() {}

    /** @param metric the row name with {@code %s} where the percentile goes */
    static List<Row> of(String metric, LoadResult ours, LoadResult baseline, Target p99Target) {
        return List.of(row(metric, 50, ours, baseline, null), row(metric, 99, ours, baseline, p99Target));
    }

    static List<Row> notAvailable(String metric, Target p99Target, String why) {
        return List.of(
                Row.notAvailable(metric.formatted("p50"), Unit.MILLISECONDS, null, why),
                Row.notAvailable(metric.formatted("p99"), Unit.MILLISECONDS, p99Target, why));
    }

    private static Row row(String metric, int percentile, LoadResult ours, LoadResult baseline, Target target) {
        return Row.of(
                metric.formatted("p" + percentile),
                Unit.MILLISECONDS,
                ours.latencies().percentileMillis(percentile),
                baseline.latencies().percentileMillis(percentile),
                target);
    }
}
