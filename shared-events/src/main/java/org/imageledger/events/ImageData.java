package org.imageledger.events;

/**
 * What an upload left on an image: the size and digests of its bytes and where the store keeps them.
 *
 * @param virtualSize the size of the disk the bytes describe, or null while it is not known
 * @param location the store's name for the bytes; never shown to clients
 */
public record ImageData(
        long size, Long virtualSize, String checksum, String osHashAlgo, String osHashValue, String location) {}
