package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** An admin deactivated the image, so its data cannot be downloaded. */
@Revision("1")
public record ImageDeactivated(String imageId) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.STATUS);
    }
}
