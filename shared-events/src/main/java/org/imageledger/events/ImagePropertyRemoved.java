package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** A custom property was removed. */
@Revision("1")
public record ImagePropertyRemoved(String imageId, String key) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(key);
    }
}
