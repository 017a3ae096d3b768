package org.imageledger.events;

import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * The image's data was stored whole, durably, under {@code location}; the image is {@code active}. Emitted once per
 * image: its data never changes afterwards.
 *
 * @param checksum the MD5 digest of the bytes, in hex, as Glance's {@code checksum}
 * @param osHashAlgo the algorithm of {@code osHashValue} ({@code sha512})
 * @param virtualSize null while the disk's virtual size is not known
 */
@Revision("1")
public record ImageDataUploaded(
        String imageId,
        long size,
        Long virtualSize,
        String checksum,
        String osHashAlgo,
        String osHashValue,
        String location)
        implements ImageEvent {

    @Override
    public Set<String> fields() {
        return Set.of(
                ImageField.STATUS,
                ImageField.SIZE,
                ImageField.VIRTUAL_SIZE,
                ImageField.CHECKSUM,
                ImageField.OS_HASH_ALGO,
                ImageField.OS_HASH_VALUE);
    }

    public ImageData data() {
        return new ImageData(size, virtualSize, checksum, osHashAlgo, osHashValue, location);
    }
}
