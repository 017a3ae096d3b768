package org.imageledger.command.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageState;
import org.junit.jupiter.api.Test;

class ImageFootprintTest {

    @Test
    void anImageWeighsAtLeastWhatItsPropertiesHold() {
        ImageState heavy = created(Map.of("a", "x".repeat(65_535), "b", "y".repeat(65_535)), List.of("t"));
        ImageState light = created(Map.of(), List.of());

        assertThat(ImageFootprint.of(heavy)).isGreaterThan(2 * 2 * 65_535);
        assertThat(ImageFootprint.of(light)).isLessThanOrEqualTo(RecentImages.UNWEIGHED);
    }

    /** An image created with these properties and tags, as the aggregate folds it. */
    static ImageState created(Map<String, String> properties, List<String> tags) {
        Image image = new Image();
        image.on(
                new ImageCreated("i", "name", "private", false, false, 0, 0, null, null, "owner", properties, tags),
                Instant.EPOCH,
                0L);
        return image.state();
    }
}
