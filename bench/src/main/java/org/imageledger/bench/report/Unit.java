package org.imageledger.bench.report;

/** What a figure counts, and how the table prints it. */
public enum Unit {
    PER_SECOND("/s"),
    EVENTS_PER_SECOND("events/s"),
    MILLISECONDS("ms"),
    SECONDS("s"),
    MEGABYTES("MB"),
    MEGABYTES_PER_SECOND("MB/s");

    final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }
}
