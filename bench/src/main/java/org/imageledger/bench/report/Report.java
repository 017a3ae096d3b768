package org.imageledger.bench.report;

import java.time.Instant;
import java.util.List;

/** One run: how it was run, on which commit, and its rows in the order they are shown. */
public record Report(String mode, String commit, Instant startedAt, Instant finishedAt, List<Row> rows) {

    public Report {
        rows = List.copyOf(rows);
    }
}
