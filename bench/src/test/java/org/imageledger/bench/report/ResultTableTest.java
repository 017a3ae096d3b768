package org.imageledger.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static final Report REPORT = new Report(
            "quick",
            "abc1234",
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-01-01T00:02:00Z"),
            Map.of(),
            List.of(
                    Row.of("PATCH/s, 8 clients", Unit.PER_SECOND, 612.4, 1020.0, Target.ratioAtLeast(0.5)),
                    Row.of("projection lag p99, 8 writers", Unit.MILLISECONDS, 140.25, null, Target.atMost(100)),
                    Row.notAvailable("rebuild", Unit.EVENTS_PER_SECOND, Target.atLeast(20_000), "endpoint missing"),
                    Row.failed("history", "boom")));

    @Test
    void printsOneLinePerRowWithRatioAndVerdict() {
        List<String> lines = ResultTable.render(REPORT).lines().toList();

        assertThat(lines.get(0)).startsWith("metric").contains("ours", "baseline", "ratio", "target");
        assertThat(lines.get(1)).contains("612 /s", "1,020 /s", "0.60x", ">= 0.50x baseline (met)");
        assertThat(lines.get(2)).contains("140 ms", "<= 100 ms (MISSED)");
        assertThat(lines.get(3)).contains("n/a", ">= 20,000 events/s (not measured)");
    }

    @Test
    void linesUpTheColumns() {
        List<String> lines = ResultTable.render(REPORT).lines().limit(4).toList();

        int ratioColumn = lines.get(0).indexOf("ratio") + "ratio".length();
        assertThat(lines.get(1).indexOf("0.60x") + "0.60x".length()).isEqualTo(ratioColumn);
    }

    @Test
    void explainsMissingFiguresBelowTheTable() {
        assertThat(ResultTable.render(REPORT))
                .contains("* rebuild: endpoint missing")
                .contains("* history: failed: boom");
    }
}
