package org.imageledger.infrastructure.imagedata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much image data the service takes.
 *
 * @param maxSize the largest image accepted ({@code image-ledger.data.max-size}); larger uploads are refused with 413
 * @param reservedSpace what the store's disk keeps free: an upload that would eat into it is refused with 413
 */
@ConfigurationProperties("image-ledger.data")
public record ImageDataLimits(DataSize maxSize, DataSize reservedSpace) {

    public ImageDataLimits {
        maxSize = maxSize == null ? DataSize.ofTerabytes(1) : maxSize;
        reservedSpace = reservedSpace == null ? DataSize.ofMegabytes(64) : reservedSpace;
    }
}
