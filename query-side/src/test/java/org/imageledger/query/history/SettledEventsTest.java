package org.imageledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.junit.jupiter.api.Test;

class SettledEventsTest {

    static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final Instant OLD = NOW.minusSeconds(6);
    static final Instant YOUNG = NOW.minusSeconds(4);

    @Test
    void handsOutEveryRowWhenThePositionsAreConsecutive() {
        assertThat(SettledEvents.count(10, rows(at(11, YOUNG), at(12, YOUNG), at(13, YOUNG)), NOW, TIMEOUT))
                .isEqualTo(3);
    }

    @Test
    void stopsBeforeARowThatFollowsAYoungHole() {
        assertThat(SettledEvents.count(10, rows(at(11, OLD), at(13, YOUNG), at(14, YOUNG)), NOW, TIMEOUT))
                .isEqualTo(1);
    }

    @Test
    void stopsAtOnceWhenTheHoleIsRightAfterTheStartingPosition() {
        assertThat(SettledEvents.count(10, rows(at(12, YOUNG)), NOW, TIMEOUT)).isZero();
    }

    @Test
    void passesHolesWhoseFollowingRowIsOlderThanTheTimeout() {
        assertThat(SettledEvents.count(10, rows(at(12, OLD), at(20, OLD), at(21, YOUNG)), NOW, TIMEOUT))
                .isEqualTo(3);
    }

    private static List<TrackedDomainEventData<byte[]>> rows(TrackedDomainEventData<byte[]>... rows) {
        return Arrays.asList(rows);
    }

    private static TrackedDomainEventData<byte[]> at(long position, Instant recordedAt) {
        return new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(position), new GenericDomainEventEntry<>(
                "Image", "i", position, "e" + position, recordedAt, "T", "1", new byte[0], new byte[0]));
    }
}
