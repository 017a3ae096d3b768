package org.imageledger.infrastructure.access;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Keeps the requests no token vouches for to their {@link AnonymousPace}, and holds back those beyond it on a timer
 * rather than on a request thread. Health probes have a pace of their own with the same settings, so that a flood of
 * other anonymous requests never delays the probe an orchestrator restarts the service by.
 */
final class AnonymousPacing implements AutoCloseable {

    private final AnonymousPace health;
    private final AnonymousPace others;
    private final Duration maxDelay;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "anonymous-pacing");
        thread.setDaemon(true);
        return thread;
    });

    /** @param rate requests a second that no token vouches for, after a burst of {@code burst} */
    AnonymousPacing(int rate, int burst, Duration maxDelay, LongSupplier nanoClock) {
        this.health = new AnonymousPace(rate, burst, maxDelay, nanoClock);
        this.others = new AnonymousPace(rate, burst, maxDelay, nanoClock);
        this.maxDelay = maxDelay;
    }

    /** Nanoseconds this request waits for its slot (0: none), or {@link AnonymousPace#REFUSED}. */
    long reserve(HttpServletRequest request) {
        return (AuthenticationFilter.isHealth(request) ? health : others).reserve();
    }

    /** How long a held-back request may stay open: its longest wait, and time to answer. */
    Duration holdLimit() {
        return maxDelay.plusSeconds(10);
    }

    void after(long nanos, Runnable then) {
        timer.schedule(then, nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
