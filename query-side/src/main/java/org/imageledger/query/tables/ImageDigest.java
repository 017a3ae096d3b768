package org.imageledger.query.tables;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.imageledger.events.ImageState;

/**
 * A hash of everything a row says about an image: every column as the table holds it, and every property, tag and
 * member. Fields are length-prefixed, so that no two different rows share an input.
 */
public final class ImageDigest {

    private ImageDigest() {}

    public static String of(ImageRow row) {
        StringBuilder text = new StringBuilder(256);
        for (ImageColumn column : ImageColumn.values()) {
            field(text, ImageCopy.text(column.valueOf(row)));
        }
        ImageState s = row.state();
        field(text, Integer.toString(s.properties().size()));
        s.properties().forEach((key, value) -> field(field(text, key), value));
        field(text, Integer.toString(s.tags().size()));
        s.tags().forEach(tag -> field(text, tag));
        field(text, Integer.toString(s.members().size()));
        s.members().forEach((project, member) -> {
            field(text, project);
            field(text, member.status());
            field(text, ImageCopy.text(DatabaseTime.of(member.createdAt())));
            field(text, ImageCopy.text(DatabaseTime.of(member.updatedAt())));
        });
        return Base64.getEncoder().encodeToString(sha256(text.toString()));
    }

    private static StringBuilder field(StringBuilder text, String value) {
        return text.append(value == null ? -1 : value.length()).append(':').append(value == null ? "" : value);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
