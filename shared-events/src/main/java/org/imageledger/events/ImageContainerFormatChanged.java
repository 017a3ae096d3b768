package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** The image's container format was set (null clears it). */
@Revision("1")
public record ImageContainerFormatChanged(String imageId, String containerFormat) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.CONTAINER_FORMAT);
    }
}
