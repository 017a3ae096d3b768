package org.imageledger.query.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

class SegmentTokensTest {

    @Test
    void isAsFarAsTheSlowestSegment() {
        assertThat(applied(Set.of(), token(12), token(9))).isEqualTo(9);
    }

    @Test
    void ignoresGapsThatNoEventFills() {
        assertThat(applied(Set.of(), token(10, 7L))).isEqualTo(10);
    }

    @Test
    void stopsBeforeTheFirstGapThatIsAnEvent() {
        assertThat(applied(Set.of(8L), token(10, 5L, 8L))).isEqualTo(7);
    }

    @Test
    void countsNothingForASegmentThatHasNotStarted() {
        assertThat(applied(Set.of(), token(10), null)).isZero();
        assertThat(applied(Set.of())).isZero();
    }

    @Test
    void countsAReplayByWhereItHasGot() {
        TrackingToken replay = ReplayToken.createReplayToken(token(100), token(40));

        assertThat(applied(Set.of(), replay)).isEqualTo(40);
    }

    @Test
    void collectsTheGapsOfAllSegments() {
        assertThat(SegmentTokens.gaps(Arrays.asList(token(10, 3L), null, token(9, 4L, 5L)))).containsExactly(3L, 4L, 5L);
    }

    private static long applied(Set<Long> gapsThatAreEvents, TrackingToken... tokens) {
        return new SegmentTokens(Arrays.asList(tokens), gapsThatAreEvents).appliedPosition();
    }

    private static GapAwareTrackingToken token(long index, Long... gaps) {
        return GapAwareTrackingToken.newInstance(index, List.of(gaps));
    }
}
