package org.imageledger.bench.load;

import java.util.Arrays;

/** Recorded durations, sorted, read as nearest-rank percentiles in milliseconds. */
public final class Latencies {

    private final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    public static Latencies ofNanos(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    public int count() {
        return sortedNanos.length;
    }

    /** The smallest duration that at least {@code percent} % of the recorded ones do not exceed. */
    public double percentileMillis(double percent) {
        if (sortedNanos.length == 0) {
            throw new IllegalStateException("nothing was recorded");
        }
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1] / 1e6;
    }
}
