package org.imageledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.imageledger.events.ImageData;
import org.junit.jupiter.api.Test;

class UploadDigestsTest {

    @Test
    void digestsOfManyMoreChunksThanThePoolHoldsAreThoseOfTheWholeData() throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
        SplittableRandom random = new SplittableRandom(7);
        long size = 0;
        try (UploadDigests digests = new UploadDigests()) {
            for (int i = 0; i < 23; i++) {
                byte[] chunk = digests.nextChunk();
                random.nextBytes(chunk);
                int length = i % 5 == 4 ? chunk.length / 3 : chunk.length;
                md5.update(chunk, 0, length);
                sha512.update(chunk, 0, length);
                digests.update(chunk, length);
                size += length;
            }
            ImageData data = digests.data(size, "file:/images/x");

            assertThat(data.checksum()).isEqualTo(HexFormat.of().formatHex(md5.digest()));
            assertThat(data.osHashValue()).isEqualTo(HexFormat.of().formatHex(sha512.digest()));
            assertThat(data.osHashAlgo()).isEqualTo("sha512");
            assertThat(data.size()).isEqualTo(size);
        }
    }

    @Test
    void noDataHasTheDigestsOfNothing() throws Exception {
        try (UploadDigests digests = new UploadDigests()) {
            ImageData data = digests.data(0, "file:/images/x");

            assertThat(data.checksum()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
            assertThat(data.osHashValue()).startsWith("cf83e1357eefb8bd");
        }
    }
}
