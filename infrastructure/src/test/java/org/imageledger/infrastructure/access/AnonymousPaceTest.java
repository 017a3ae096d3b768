package org.imageledger.infrastructure.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AnonymousPaceTest {

    private static final long MS = Duration.ofMillis(1).toNanos();

    private final AtomicLong clock = new AtomicLong(1_000_000 * MS);
    private final AnonymousPace pace = new AnonymousPace(100, 3, Duration.ofMillis(50), clock::get);

    @Test
    void aBurstGoesAtOnceAndWhatFollowsWaitsForItsSlot() {
        assertThat(pace.reserve()).isZero();
        assertThat(pace.reserve()).isZero();
        assertThat(pace.reserve()).isZero();
        assertThat(pace.reserve()).isEqualTo(10 * MS);
        assertThat(pace.reserve()).isEqualTo(20 * MS);
    }

    @Test
    void aSlotBeyondTheLongestDelayIsRefusedAndNotTaken() {
        for (int i = 0; i < 8; i++) {
            assertThat(pace.reserve()).isNotEqualTo(AnonymousPace.REFUSED);
        }
        assertThat(pace.reserve()).isEqualTo(AnonymousPace.REFUSED);
        clock.addAndGet(10 * MS);
        assertThat(pace.reserve()).isEqualTo(50 * MS);
    }

    @Test
    void timeLeftIdleRefillsTheBurstButNoMore() {
        for (int i = 0; i < 5; i++) {
            pace.reserve();
        }
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(pace.reserve()).isZero();
        assertThat(pace.reserve()).isZero();
        assertThat(pace.reserve()).isZero();
        assertThat(pace.reserve()).isEqualTo(10 * MS);
    }
}
