package org.imageledger.command.web;

import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.imageledger.events.ImageData;

/**
 * The digests Glance reports for an image's data: MD5 as {@code checksum}, SHA-512 as {@code os_hash_value}. Each is
 * computed on a thread of its own while the request thread receives and stores the next chunk, because hashing, not
 * the disk, is what limits an upload: the two together run at half the speed of writing the file. The chunks are a
 * small fixed pool, so an upload holds the same memory whatever its size.
 */
final class UploadDigests implements AutoCloseable {

    static final String OS_HASH_ALGO = "sha512";
    private static final int CHUNK = 1 << 20;
    private static final int CHUNKS = 4;

    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS);
    private final Digest md5 = new Digest("MD5");
    private final Digest sha512 = new Digest("SHA-512");

    UploadDigests() {
        for (int i = 0; i < CHUNKS; i++) {
            free.add(new byte[CHUNK]);
        }
    }

    /** A chunk to receive into, once both digests are done with it. */
    byte[] nextChunk() throws InterruptedIOException {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the upload's digests caught up");
        }
    }

    /**
     * Hashes the first {@code length} bytes of a chunk from {@link #nextChunk}, which must not be touched until then.
     */
    void update(byte[] chunk, int length) {
        CompletableFuture.allOf(md5.update(chunk, length), sha512.update(chunk, length))
                .whenComplete((done, failed) -> free.add(chunk));
    }

    /** What the upload stored; the virtual size of the disk is not known from the bytes alone. */
    ImageData data(long size, String location) {
        return new ImageData(size, null, md5.hex(), OS_HASH_ALGO, sha512.hex(), location);
    }

    @Override
    public void close() {
        md5.close();
        sha512.close();
    }

    /** One message digest, fed in order by a thread of its own. */
    private static final class Digest implements AutoCloseable {

        private final MessageDigest digest;
        private final ExecutorService thread;

        Digest(String algorithm) {
            try {
                digest = MessageDigest.getInstance(algorithm);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has " + algorithm, e);
            }
            thread = Executors.newSingleThreadExecutor(task -> {
                Thread hashing = new Thread(task, "upload-" + algorithm.toLowerCase(Locale.ROOT));
                hashing.setDaemon(true);
                return hashing;
            });
        }

        CompletableFuture<Void> update(byte[] chunk, int length) {
            return CompletableFuture.runAsync(() -> digest.update(chunk, 0, length), thread);
        }

        String hex() {
            return CompletableFuture.supplyAsync(() -> HexFormat.of().formatHex(digest.digest()), thread)
                    .join();
        }

        @Override
        public void close() {
            thread.shutdownNow();
        }
    }
}
