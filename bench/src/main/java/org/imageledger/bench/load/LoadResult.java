package org.imageledger.bench.load;

import java.time.Duration;

/**
 * What the measured window of a load saw: how many requests completed and how long each took. The window starts at
 * {@code windowStartNanos} on {@link System#nanoTime()}'s clock, so that other observations can be matched to it.
 */
public record LoadResult(long windowStartNanos, Duration window, Latencies latencies) {

    public double perSecond() {
        return latencies.count() / (window.toNanos() / 1e9);
    }

    public boolean inWindow(long nanos) {
        return nanos >= windowStartNanos && nanos - windowStartNanos < window.toNanos();
    }
}
