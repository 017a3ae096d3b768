package org.imageledger.infrastructure.imagedata;

import java.io.Closeable;
import java.io.IOException;

/** One image's bytes on their way into the store, held by one process at a time. */
public interface Upload extends Closeable {

    String imageId();

    /** Appends bytes to what this upload holds. */
    void write(byte[] buffer, int offset, int length) throws IOException;

    /** Makes the bytes written durable under their final name and answers the location to read them by. */
    String commit() throws IOException;

    /** Removes what this upload stored, committed or not. */
    void discard() throws IOException;

    /**
     * Lets go of the upload without ending it, for when its image could not be told how it ended: the next
     * {@link ImageDataStore#abandoned} finds it.
     */
    void leave();

    /** Lets go of the upload, keeping what it committed; bytes written but not committed are removed. */
    @Override
    void close() throws IOException;
}
