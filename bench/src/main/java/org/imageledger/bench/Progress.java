package org.imageledger.bench;

import java.time.Duration;
import java.util.Locale;

/** What the run is doing, on standard error, so that standard output holds only the table. */
final class Progress {

    private static final long STARTED = System.nanoTime();

    private Progress() {}

    static void say(String message) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - STARTED);
        System.err.printf(Locale.ROOT, "[bench %4ds] %s%n", elapsed.toSeconds(), message);
    }
}
