package org.imageledger.command.image;

import java.util.Map;
import org.imageledger.events.ImageState;

/**
 * About the memory an image's state holds, for the image cache's budget: a fixed part, and its texts at two bytes a
 * character with a map entry's overhead each.
 */
final class ImageFootprint {

    private ImageFootprint() {}

    /** In bytes; an image of more than 2 GiB counts as 2 GiB, which no budget keeps anyway. */
    static int of(ImageState state) {
        long bytes = 512;
        if (state != null) {
            bytes += 2L * (length(state.name()) + length(state.owner()));
            for (Map.Entry<String, String> property : state.properties().entrySet()) {
                bytes += 96
                        + 2L * (property.getKey().length() + property.getValue().length());
            }
            for (String tag : state.tags()) {
                bytes += 64 + 2L * tag.length();
            }
            for (String member : state.members().keySet()) {
                bytes += 128 + 2L * member.length();
            }
        }
        return (int) Math.min(bytes, Integer.MAX_VALUE);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
