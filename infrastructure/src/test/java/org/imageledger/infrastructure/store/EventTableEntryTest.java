package org.imageledger.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A row's timestamp reads as Axon's parser reads it, whether in the form Axon writes or any other it accepts. */
class EventTableEntryTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-01-31T12:00:00.000Z",
                "1970-01-01T00:00:00.000Z",
                "2024-02-29T23:59:59.999Z",
                "2026-12-01T04:51:39.837Z",
                "9999-12-31T23:59:59.999Z",
                "2025-01-31T12:00:00Z",
                "2025-01-31T12:00Z",
                "2025-01-31T12:00:00.123456789Z",
                "2025-01-31T12:00:00.5Z",
                "2025-01-31T14:00:00.000+02:00",
                "2025-01-31t12:00:00.000z"
            })
    void readsEveryTimestampAsAxonDoes(String text) {
        assertThat(EventTableEntry.parse(text)).isEqualTo(DateTimeUtils.parseInstant(text));
        assertThat(entry(text).getTimestamp()).isEqualTo(DateTimeUtils.parseInstant(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-02-30T12:00:00.000Z",
                "2025-13-01T12:00:00.000Z",
                "2025-01-31T24:00:00.000Z",
                "2025-01-31T12:60:00.000Z",
                "2025-01-31T12:00:60.000Z",
                "2025-01-31 12:00:00.000Z",
                "yesterday"
            })
    void refusesWhatAxonRefuses(String text) {
        assertThatThrownBy(() -> DateTimeUtils.parseInstant(text)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> EventTableEntry.parse(text)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 999, 1_738_324_800_123L, 253_402_300_799_999L})
    void readsBackWhatAxonWrites(long epochMilli) {
        Instant written = Instant.ofEpochMilli(epochMilli);
        assertThat(EventTableEntry.parse(DateTimeUtils.formatInstant(written))).isEqualTo(written);
    }

    private static EventTableEntry entry(String timestamp) {
        return new EventTableEntry("Image", "id", 0, "event", timestamp, "type", "1", new byte[0], new byte[0]);
    }
}
