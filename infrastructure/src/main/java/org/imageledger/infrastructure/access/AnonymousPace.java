package org.imageledger.infrastructure.access;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The pace of the requests that no token vouches for (the version documents, health, and every refusal with 401),
 * shared by all of them: {@code rate} a second, after a burst of {@code burst} at once. A request beyond the pace is
 * given the next free slot, so that a client looping on such requests slows down to its share instead of taking the
 * cores from authenticated callers; one whose slot lies further ahead than {@code maxDelay} is refused at once.
 * This is the generic cell rate algorithm: one atomic holds the theoretical arrival time of the next request, so
 * there is no lock and no queue.
 */
final class AnonymousPace {

    /** Refused: the next free slot lies beyond the longest delay. */
    static final long REFUSED = -1;

    private final long intervalNanos;
    private final long toleranceNanos;
    private final long maxDelayNanos;
    private final LongSupplier nanoClock;
    private final AtomicLong theoreticalArrival;

    AnonymousPace(int rate, int burst, Duration maxDelay, LongSupplier nanoClock) {
        if (rate < 1 || burst < 1) {
            throw new IllegalArgumentException("the anonymous rate and burst must be at least 1");
        }
        this.intervalNanos = Duration.ofSeconds(1).toNanos() / rate;
        this.toleranceNanos = intervalNanos * (burst - 1);
        this.maxDelayNanos = maxDelay.toNanos();
        this.nanoClock = nanoClock;
        this.theoreticalArrival = new AtomicLong(nanoClock.getAsLong());
    }

    /** Reserves the next free slot: the nanoseconds to wait for it (0: go now), or {@link #REFUSED}. */
    long reserve() {
        while (true) {
            long now = nanoClock.getAsLong();
            long expected = theoreticalArrival.get();
            long arrival = Math.max(expected, now);
            long wait = Math.max(0, arrival - toleranceNanos - now);
            if (wait > maxDelayNanos) {
                return REFUSED;
            }
            if (theoreticalArrival.compareAndSet(expected, arrival + intervalNanos)) {
                return wait;
            }
        }
    }
}
