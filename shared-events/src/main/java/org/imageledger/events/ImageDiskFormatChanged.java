package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** The image's disk format was set (null clears it). */
@Revision("1")
public record ImageDiskFormatChanged(String imageId, String diskFormat) implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(ImageField.DISK_FORMAT);
    }
}
