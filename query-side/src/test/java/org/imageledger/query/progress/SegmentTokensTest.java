package org.imageledger.query.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

class SegmentTokensTest {

    @Test
    void isAsFarAsTheSlowestSegment() {
        assertThat(SegmentTokens.appliedPosition(Map.of(0, 12L, 1, 9L), Map.of()))
                .isEqualTo(9);
    }

    @Test
    void takesThisNodesSegmentsFromItsProcessor() {
        assertThat(SegmentTokens.appliedPosition(Map.of(0, 12L, 1, 9L), Map.of(1, status(token(15)))))
                .isEqualTo(12);
    }

    @Test
    void countsNothingForASegmentThatHasNotStarted() {
        assertThat(SegmentTokens.appliedPosition(Map.of(0, 10L, 1, 0L), Map.of()))
                .isZero();
        assertThat(SegmentTokens.appliedPosition(Map.of(0, 10L), Map.of(0, status(null))))
                .isZero();
        assertThat(SegmentTokens.appliedPosition(Map.of(), Map.of())).isZero();
    }

    @Test
    void countsAReplayByWhereItHasGot() {
        TrackingToken replay = ReplayToken.createReplayToken(token(100), token(40));

        assertThat(SegmentTokens.appliedPosition(Map.of(0, 100L), Map.of(0, status(replay))))
                .isEqualTo(40);
    }

    private static GlobalSequenceTrackingToken token(long position) {
        return new GlobalSequenceTrackingToken(position);
    }

    private static EventTrackerStatus status(TrackingToken token) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getTrackingToken()).thenReturn(token);
        return status;
    }
}
