package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** The minimum RAM in MB the image needs to boot was set. */
@Revision("1")
public record ImageMinRamChanged(String imageId, long minRam) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.MIN_RAM);
    }
}
