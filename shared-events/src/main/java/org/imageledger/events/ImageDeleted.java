package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** The image was deleted; its history stays. */
@Revision("1")
public record ImageDeleted(String imageId) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.STATUS);
    }
}
