package org.imageledger.query.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.QueryNodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a node that owns none of the segments sees: only the token table. One image's events all go to one segment,
 * so the other segment has none of its own and must still store its advanced token soon.
 */
class StoredTokensIT extends QueryNodeTest {

    @Autowired
    StoredTokens storedTokens;

    @Test
    void everySegmentStoresItsTokenPastAnEventItDidNotHandle() {
        long position = ledger.appendApplied(LedgerEvents.created(LedgerEvents.newId(), "stored-tokens"));

        await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            Map<Integer, TrackingToken> stored = storedTokens.read();
            assertThat(stored).hasSize(2);
            stored.values().forEach(token -> assertThat(WrappedToken.unwrapLowerBound(token).position().orElse(-1))
                    .isGreaterThanOrEqualTo(position));
            SegmentTokens remoteView = new SegmentTokens(List.copyOf(stored.values()), Set.of());
            assertThat(remoteView.appliedPosition()).isGreaterThanOrEqualTo(position);
        });
    }
}
