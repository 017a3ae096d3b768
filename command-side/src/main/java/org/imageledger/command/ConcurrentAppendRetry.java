package org.imageledger.command;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Sends a command again when another writer appended to the same image first (the unique key on image and sequence
 * refused the append). The retry reloads the image and keeps the command's expected version, so the same
 * precondition rule decides again: a change is never applied blindly. Any other failure is final.
 *
 * <p>Not Axon's {@code IntervalRetryScheduler} or {@code ExponentialBackOffIntervalRetryScheduler}: they wait the same
 * interval for every writer that collided, so writers to one image that lost to the same append retry together and
 * collide again, round after round, until they run out of retries and answer 409. The jitter here is what spreads
 * them.
 */
final class ConcurrentAppendRetry implements RetryScheduler {

    private final ScheduledExecutorService executor;
    private final int maxRetries;

    ConcurrentAppendRetry(ScheduledExecutorService executor, int maxRetries) {
        this.executor = executor;
        this.maxRetries = maxRetries;
    }

    @Override
    public boolean scheduleRetry(
            CommandMessage commandMessage,
            RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures,
            Runnable commandDispatch) {
        if (failures.size() > maxRetries || !isConcurrentAppend(lastFailure)) {
            return false;
        }
        // jitter spreads the retries of writers that collided, so they do not collide again
        long delay = ThreadLocalRandom.current().nextLong(1, 5L * failures.size() + 2);
        executor.schedule(commandDispatch, delay, TimeUnit.MILLISECONDS);
        return true;
    }

    private static boolean isConcurrentAppend(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
