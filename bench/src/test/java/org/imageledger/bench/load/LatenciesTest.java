package org.imageledger.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void readsNearestRankPercentilesInMilliseconds() {
        Latencies latencies = Latencies.ofNanos(
                LongStream.rangeClosed(1, 100).map(i -> i * 1_000_000).toArray());

        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
    }
}
