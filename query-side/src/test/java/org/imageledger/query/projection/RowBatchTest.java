package org.imageledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImagePropertySet;
import org.imageledger.events.ImageRenamed;
import org.imageledger.query.tables.ImageRow;
import org.junit.jupiter.api.Test;

class RowBatchTest {

    private static EventStamp at(long version) {
        return new EventStamp(version, Instant.EPOCH.plusSeconds(version), 100 + version);
    }

    @Test
    void eventsAfterACreationFoldOntoIt() {
        ImageRow row = RowBatch.next(null, created("i"), at(0));
        row = RowBatch.next(row, new ImagePropertySet("i", "k", "v"), at(1));
        row = RowBatch.next(row, new ImageRenamed("i", "m"), at(2));

        assertThat(row.state().name()).isEqualTo("m");
        assertThat(row.state().properties()).isEqualTo(Map.of("k", "v"));
        assertThat(row.version()).isEqualTo(2);
        assertThat(row.position()).isEqualTo(102);
    }

    @Test
    void eventsNoNewerThanTheRowChangeNothing() {
        ImageRow row = RowBatch.next(RowBatch.next(null, created("i"), at(0)), new ImageRenamed("i", "m"), at(5));

        assertThat(RowBatch.next(row, new ImageRenamed("i", "older"), at(4))).isSameAs(row);
        assertThat(RowBatch.next(row, new ImageRenamed("i", "again"), at(5))).isSameAs(row);
        assertThat(RowBatch.next(row, created("i"), at(0))).isSameAs(row);
    }

    @Test
    void anImageWithoutARowIsNotChanged() {
        assertThat(RowBatch.next(null, new ImagePropertySet("j", "k", "v"), at(1)))
                .isNull();
    }

    private static ImageCreated created(String id) {
        return new ImageCreated(id, "n", "private", false, false, 0, 0, null, null, "owner", Map.of(), List.of());
    }
}
