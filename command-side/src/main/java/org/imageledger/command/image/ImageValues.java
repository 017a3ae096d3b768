package org.imageledger.command.image;

import java.util.List;
import java.util.Map;

/** Every value a client can give an image when creating it, already checked for type and range. */
public record ImageValues(
        String name,
        String diskFormat,
        String containerFormat,
        String visibility,
        boolean isProtected,
        long minRam,
        long minDisk,
        String owner,
        boolean osHidden,
        Map<String, String> properties,
        List<String> tags) {

    public ImageValues {
        properties = Map.copyOf(properties);
        tags = List.copyOf(tags);
    }
}
