package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** The minimum disk in GB the image needs to boot was set. */
@Revision("1")
public record ImageMinDiskChanged(String imageId, long minDisk) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.MIN_DISK);
    }
}
