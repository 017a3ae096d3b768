package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** A custom property was created or given a new value. */
@Revision("1")
public record ImagePropertySet(String imageId, String key, String value) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(key);
    }
}
