package org.imageledger.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * The image was registered, with the initial value of every field a client can set. It is always the image's first
 * event (version 0); its status starts as {@code queued}.
 */
@Revision("1")
public record ImageCreated(
        String imageId,
        String name,
        String visibility,
        @JsonProperty("protected") boolean isProtected,
        boolean osHidden,
        long minRam,
        long minDisk,
        String diskFormat,
        String containerFormat,
        String owner,
        Map<String, String> properties,
        List<String> tags)
        implements ImageEvent {

    private static final List<String> CORE_FIELDS = List.of(
            ImageField.NAME,
            ImageField.DISK_FORMAT,
            ImageField.CONTAINER_FORMAT,
            ImageField.VISIBILITY,
            ImageField.PROTECTED,
            ImageField.MIN_RAM,
            ImageField.MIN_DISK,
            ImageField.OWNER,
            ImageField.OS_HIDDEN,
            ImageField.STATUS);

    public ImageCreated {
        properties = Map.copyOf(properties);
        tags = List.copyOf(tags);
    }

    @Override
    public Set<String> fields() {
        Set<String> fields = new HashSet<>(CORE_FIELDS);
        fields.addAll(properties.keySet());
        tags.forEach(tag -> fields.add(ImageField.tag(tag)));
        return fields;
    }
}
