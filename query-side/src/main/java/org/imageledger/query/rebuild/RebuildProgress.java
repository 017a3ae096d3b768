package org.imageledger.query.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.imageledger.query.rebuild.RebuildStatus.State;

/** The running count of one rebuild, updated by its thread and read by anyone. */
final class RebuildProgress {

    private final Clock clock;
    private final Instant startedAt;
    private State state = State.RUNNING;
    private long done;
    private long total;
    private Instant finishedAt;
    private List<String> mismatches = List.of();
    private String error;

    RebuildProgress(Clock clock) {
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    synchronized void read(long events, long remaining) {
        done += events;
        total = done + remaining;
    }

    synchronized void verifying() {
        state = State.VERIFYING;
    }

    synchronized void completed() {
        total = done;
        finish(State.COMPLETED);
    }

    synchronized void mismatched(VerificationResult result) {
        mismatches = result.mismatches();
        error = result.mismatchCount() + " of " + result.rows() + " rows differ from the fold of their events";
        finish(State.FAILED);
    }

    synchronized void failed(Exception e) {
        error = e.toString();
        finish(State.FAILED);
    }

    private void finish(State end) {
        state = end;
        finishedAt = clock.instant();
    }

    synchronized RebuildStatus status() {
        Instant until = finishedAt == null ? clock.instant() : finishedAt;
        long millis = Math.max(1, Duration.between(startedAt, until).toMillis());
        long rate = done * 1000 / millis;
        Long eta = state.finished() ? Long.valueOf(0) : rate == 0 ? null : Long.valueOf((total - done) / rate);
        return new RebuildStatus(state, done, total, rate, eta, startedAt, finishedAt, mismatches, error);
    }
}
