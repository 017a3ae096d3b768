package org.imageledger.query.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.imageledger.infrastructure.web.ApiException;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void noHeaderMeansTheWholeData() {
        assertThat(ByteRange.of(null, 1000)).isNull();
    }

    @Test
    void resolvesTheFormsGlanceTakes() {
        assertThat(ByteRange.of("bytes=10-19", 1000)).isEqualTo(new ByteRange(10, 19));
        assertThat(ByteRange.of("bytes=990-2000", 1000)).isEqualTo(new ByteRange(990, 999));
        assertThat(ByteRange.of("bytes=995-", 1000)).isEqualTo(new ByteRange(995, 999));
        assertThat(ByteRange.of("bytes=-10", 1000)).isEqualTo(new ByteRange(990, 999));
        assertThat(ByteRange.of("bytes=-5000", 1000)).isEqualTo(new ByteRange(0, 999));
    }

    @Test
    void refusesWhatCannotBeSatisfied() {
        for (String header :
                new String[] {"bytes=1000-", "bytes=5-2", "bytes=abc", "bytes=-0", "items=0-1", "bytes=-"}) {
            assertThatThrownBy(() -> ByteRange.of(header, 1000))
                    .as(header)
                    .isInstanceOfSatisfying(
                            ApiException.class,
                            e -> assertThat(e.status().value()).isEqualTo(416));
        }
    }

    @Test
    void refusesSeveralRanges() {
        assertThatThrownBy(() -> ByteRange.of("bytes=0-1,5-6", 1000))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status().value()).isEqualTo(400));
    }
}
