package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** A tag was removed from the image's set of tags. */
@Revision("1")
public record ImageTagRemoved(String imageId, String tag) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.tag(tag));
    }
}
