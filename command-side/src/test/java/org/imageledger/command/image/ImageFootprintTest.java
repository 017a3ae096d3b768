package org.imageledger.command.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imageledger.events.ImageCreated;
import org.junit.jupiter.api.Test;

class ImageFootprintTest {

    @Test
    void anImageWeighsAtLeastWhatItsPropertiesHold() {
        Image heavy = created(Map.of("a", "x".repeat(65_535), "b", "y".repeat(65_535)), List.of("t"));
        Image light = created(Map.of(), List.of());

        assertThat(heavy.footprint()).isGreaterThan(2 * 2L * 65_535);
        assertThat(light.footprint()).isLessThanOrEqualTo(RecentImages.UNWEIGHED);
    }

    private static Image created(Map<String, String> properties, List<String> tags) {
        Image image = new Image();
        image.on(new ImageCreated("i", "name", "private", false, false, 0, 0, null, null, "owner", properties, tags),
                Instant.EPOCH, 0L);
        return image;
    }
}
