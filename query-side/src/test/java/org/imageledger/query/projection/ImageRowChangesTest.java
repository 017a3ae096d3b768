package org.imageledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imageledger.events.ImageCreated;
import org.junit.jupiter.api.Test;

class ImageRowChangesTest {

    private static EventStamp at(long version) {
        return new EventStamp(version, Instant.EPOCH.plusSeconds(version), 100 + version);
    }

    @Test
    void onlyTheFinalValueOfEachPropertyAndTagIsWritten() {
        ImageRowChanges image = new ImageRowChanges("i", 3L);
        image.apply(at(4), new RowChange.SetProperty("k", "a"));
        image.apply(at(5), new RowChange.RemoveProperty("k"));
        image.apply(at(6), new RowChange.SetProperty("j", "b"));
        image.apply(at(7), new RowChange.AddTag("t"));
        image.apply(at(8), new RowChange.RemoveTag("t"));
        image.apply(at(9), new RowChange.SetColumn(ImageColumn.NAME, "n"));

        Map<String, String> properties = new HashMap<>();
        properties.put("k", null);
        properties.put("j", "b");
        assertThat(image.properties).isEqualTo(properties);
        assertThat(image.tags).isEqualTo(Map.of("t", false));
        assertThat(image.columns).isEqualTo(Map.of(ImageColumn.NAME, "n"));
        assertThat(image.newest).isEqualTo(at(9));
    }

    @Test
    void eventsNoNewerThanTheRowOrTheBatchChangeNothing() {
        ImageRowChanges image = new ImageRowChanges("i", 5L);
        image.apply(at(5), new RowChange.SetProperty("k", "old"));
        image.apply(at(7), new RowChange.SetProperty("k", "new"));
        image.apply(at(6), new RowChange.SetProperty("k", "older"));

        assertThat(image.properties).isEqualTo(Map.of("k", "new"));
        assertThat(image.newest).isEqualTo(at(7));
    }

    @Test
    void aRowThatExistsIsNotCreatedAgainAndARowThatDoesNotIsNotChanged() {
        ImageRowChanges existing = new ImageRowChanges("i", 0L);
        existing.create(at(0), created("i"));
        assertThat(existing.created).isNull();

        ImageRowChanges missing = new ImageRowChanges("j", null);
        missing.apply(at(1), new RowChange.SetProperty("k", "v"));
        assertThat(missing.properties).isEmpty();
        assertThat(missing.newest).isNull();
    }

    @Test
    void changesAfterACreationInTheSameBatchApplyOnTopOfIt() {
        ImageRowChanges image = new ImageRowChanges("i", null);
        image.create(at(0), created("i"));
        image.apply(at(1), new RowChange.AddTag("t"));

        assertThat(image.created).isNotNull();
        assertThat(image.createdStamp).isEqualTo(at(0));
        assertThat(image.tags).isEqualTo(Map.of("t", true));
        assertThat(image.newest).isEqualTo(at(1));
    }

    private static ImageCreated created(String id) {
        return new ImageCreated(id, "n", "private", false, false, 0, 0, null, null, "owner", Map.of(), List.of());
    }
}
