package org.imageledger.bench.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One run: how it was run, on which commit, with which settings, and its rows in the order they are shown. */
public record Report(
        String mode,
        String commit,
        Instant startedAt,
        Instant finishedAt,
        Map<String, Object> settings,
        List<Row> rows) {

    public Report {
        settings = Map.copyOf(settings);
        rows = List.copyOf(rows);
    }
}
