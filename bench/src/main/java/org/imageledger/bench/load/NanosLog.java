package org.imageledger.bench.load;

import java.util.Arrays;

/** A growable list of durations, kept by one thread, so that recording costs no allocation or lock. */
public final class NanosLog {

    private long[] nanos = new long[1024];
    private int size;

    public void add(long duration) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = duration;
    }

    public int size() {
        return size;
    }

    public long[] toArray() {
        return Arrays.copyOf(nanos, size);
    }

    static long[] concat(Iterable<NanosLog> logs) {
        int total = 0;
        for (NanosLog log : logs) {
            total += log.size;
        }
        long[] all = new long[total];
        int offset = 0;
        for (NanosLog log : logs) {
            System.arraycopy(log.nanos, 0, all, offset, log.size);
            offset += log.size;
        }
        return all;
    }
}
