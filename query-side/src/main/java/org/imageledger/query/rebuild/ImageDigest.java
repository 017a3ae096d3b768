package org.imageledger.query.rebuild;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.imageledger.events.ImageData;
import org.imageledger.events.ImageState;

/**
 * A hash of everything a row says about an image: every attribute, property, tag and member, what its upload stored, its times at the table's
 * precision, version and position. Fields are length-prefixed, so that no two different rows share an input.
 */
final class ImageDigest {

    private ImageDigest() {}

    static String of(FoldedImage image) {
        ImageState s = image.state();
        StringBuilder text = new StringBuilder(256);
        for (Object value : new Object[] {s.id(), s.name(), s.diskFormat(), s.containerFormat(), s.visibility(),
            s.isProtected(), s.osHidden(), s.minRam(), s.minDisk(), s.owner(), s.status(), micros(s.createdAt()),
            micros(s.updatedAt()), s.version(), image.position()}) {
            field(text, value);
        }
        field(text, s.properties().size());
        s.properties().forEach((key, value) -> field(field(text, key), value));
        field(text, s.tags().size());
        s.tags().forEach(tag -> field(text, tag));
        ImageData data = s.data();
        for (Object value : data == null
                ? new Object[] {null, null, null, null, null, null}
                : new Object[] {data.size(), data.virtualSize(), data.checksum(), data.osHashAlgo(), data.osHashValue(),
                    data.location()}) {
            field(text, value);
        }
        field(text, s.members().size());
        s.members().forEach((project, member) -> field(field(field(field(text, project), member.status()),
                micros(member.createdAt())), micros(member.updatedAt())));
        return Base64.getEncoder().encodeToString(sha256(text.toString()));
    }

    private static StringBuilder field(StringBuilder text, Object value) {
        String s = value == null ? "" : value.toString();
        return text.append(value == null ? -1 : s.length()).append(':').append(s);
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
