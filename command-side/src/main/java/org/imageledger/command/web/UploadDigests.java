package org.imageledger.command.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.imageledger.events.ImageData;

/** The digests Glance reports for an image's data: MD5 as {@code checksum}, SHA-512 as {@code os_hash_value}. */
final class UploadDigests {

    static final String OS_HASH_ALGO = "sha512";

    private final MessageDigest md5 = digest("MD5");
    private final MessageDigest sha512 = digest("SHA-512");

    void update(byte[] buffer, int offset, int length) {
        md5.update(buffer, offset, length);
        sha512.update(buffer, offset, length);
    }

    /** What the upload stored; the virtual size of the disk is not known from the bytes alone. */
    ImageData data(long size, String location) {
        return new ImageData(size, null, HexFormat.of().formatHex(md5.digest()), OS_HASH_ALGO,
                HexFormat.of().formatHex(sha512.digest()), location);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }
}
