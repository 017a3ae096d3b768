package org.imageledger.query.metadata;

import java.util.LinkedHashSet;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes to image_metadata and its side tables, each guarded by the row's version: an event that is not newer than
 * the row changes nothing, and side-table changes happen only when the guarded update of the image row (in the
 * same transaction) did.
 */
@Component
class ImageMetadataRows {

    /**
     * The event's own global index. Its tracking token cannot tell: an event that commits late, filling a gap, carries
     * a token positioned at the newest event seen.
     */
    private static final String POSITION =
            "(SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?)";

    private final JdbcTemplate jdbc;

    ImageMetadataRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void create(ImageCreated e, EventStamp stamp) {
        int inserted = jdbc.update(
                "INSERT INTO image_metadata (id, name, disk_format, container_format, visibility, protected,"
                        + " os_hidden, min_ram, min_disk, owner, status, created_at, updated_at, version, position)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + POSITION + ")"
                        + " ON CONFLICT (id) DO NOTHING",
                e.imageId(), e.name(), e.diskFormat(), e.containerFormat(), e.visibility(), e.isProtected(),
                e.osHidden(), e.minRam(), e.minDisk(), e.owner(), ImageState.QUEUED, stamp.recordedAtInDatabase(),
                stamp.recordedAtInDatabase(), stamp.version(), e.imageId(), stamp.version());
        if (inserted == 1 && !e.properties().isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO image_property (image_id, key, value) VALUES (?, ?, ?)",
                    e.properties().entrySet().stream()
                            .map(p -> new Object[] {e.imageId(), p.getKey(), p.getValue()})
                            .toList());
        }
        if (inserted == 1 && !e.tags().isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO image_tag (image_id, tag) VALUES (?, ?)",
                    new LinkedHashSet<>(e.tags()).stream().map(tag -> new Object[] {e.imageId(), tag}).toList());
        }
    }

    void set(String imageId, ImageColumn column, Object value, EventStamp stamp) {
        jdbc.update(
                "UPDATE image_metadata SET " + column.sql + " = ?, updated_at = ?, version = ?,"
                        + " position = " + POSITION + " WHERE id = ? AND version < ?",
                value, stamp.recordedAtInDatabase(), stamp.version(), imageId, stamp.version(), imageId,
                stamp.version());
    }

    void setProperty(String imageId, String key, String value, EventStamp stamp) {
        if (touch(imageId, stamp)) {
            jdbc.update(
                    """
                    INSERT INTO image_property (image_id, key, value) VALUES (?, ?, ?)
                    ON CONFLICT (image_id, key) DO UPDATE SET value = EXCLUDED.value""",
                    imageId, key, value);
        }
    }

    void removeProperty(String imageId, String key, EventStamp stamp) {
        if (touch(imageId, stamp)) {
            jdbc.update("DELETE FROM image_property WHERE image_id = ? AND key = ?", imageId, key);
        }
    }

    void addTag(String imageId, String tag, EventStamp stamp) {
        if (touch(imageId, stamp)) {
            jdbc.update("INSERT INTO image_tag (image_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING", imageId, tag);
        }
    }

    void removeTag(String imageId, String tag, EventStamp stamp) {
        if (touch(imageId, stamp)) {
            jdbc.update("DELETE FROM image_tag WHERE image_id = ? AND tag = ?", imageId, tag);
        }
    }

    /** Records the event on the image row; true when the row was older than the event, so the change applies. */
    private boolean touch(String imageId, EventStamp stamp) {
        return jdbc.update(
                        "UPDATE image_metadata SET updated_at = ?, version = ?, position = " + POSITION
                                + " WHERE id = ? AND version < ?",
                        stamp.recordedAtInDatabase(), stamp.version(), imageId, stamp.version(), imageId,
                        stamp.version())
                == 1;
    }
}
