package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** The image's visibility was set to one of public, private, shared or community. */
@Revision("1")
public record ImageVisibilityChanged(String imageId, String visibility) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.VISIBILITY);
    }
}
