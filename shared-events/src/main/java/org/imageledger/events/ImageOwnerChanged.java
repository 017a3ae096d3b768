package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** The project owning the image was set (null clears it). */
@Revision("1")
public record ImageOwnerChanged(String imageId, String owner) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.OWNER);
    }
}
