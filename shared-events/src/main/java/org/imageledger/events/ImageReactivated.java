package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** An admin reactivated a deactivated image. */
@Revision("1")
public record ImageReactivated(String imageId) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.STATUS);
    }
}
