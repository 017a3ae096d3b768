package org.imageledger.infrastructure.imagedata;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Keeps images' bytes. An upload writes aside and becomes visible under its location only when committed, so a
 * reader never sees part of an image; an upload that no running process holds any more is {@link #abandoned}, so
 * that the process which next starts can end it.
 */
public interface ImageDataStore {

    /**
     * Starts storing an image's bytes.
     *
     * @throws UploadInProgress while another upload of the same image is open, in this process or another
     */
    Upload begin(String imageId) throws IOException;

    /** The bytes an upload committed under this location. */
    SeekableByteChannel open(String location) throws IOException;

    /**
     * The local file that holds the bytes under the location, for a server that can send a file without copying it
     * through the heap; empty for a store that keeps them elsewhere.
     */
    default Optional<Path> localFile(String location) {
        return Optional.empty();
    }

    /** Removes the bytes under the location; nothing when there are none. */
    void delete(String location) throws IOException;

    /** How many more bytes the store can take. */
    long usableSpace() throws IOException;

    /**
     * The uploads left open by processes that have stopped, each now held by the caller, who ends it. Also removes
     * partial data that no upload owns any more.
     */
    List<Upload> abandoned() throws IOException;
}
