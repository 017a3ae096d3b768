package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** The image's name was set (null clears it). */
@Revision("1")
public record ImageRenamed(String imageId, String name) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.NAME);
    }
}
