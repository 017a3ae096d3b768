package org.imageledger.query.projection;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageState;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The row changes of one batch of events, written together just before the batch's transaction commits: the image
 * rows are locked and their versions read in one statement, each image's events are folded into its final values,
 * and each kind of write goes out as one JDBC batch. Each image row is rewritten once per batch rather than once per
 * event, and a batch costs a handful of round trips to the database rather than two per event. The columns every
 * event changes (version, position, updated_at) are in none of image_metadata's indexes, so that rewrite is usually
 * heap-only; image_recency carries updated_at's index.
 */
final class RowBatch {

    private record Pending(EventStamp stamp, ImageCreated created, RowChange change) {}

    private final Map<String, List<Pending>> byImage = new LinkedHashMap<>();

    void create(ImageCreated event, EventStamp stamp) {
        pendingOf(event.imageId()).add(new Pending(stamp, event, null));
    }

    void change(String imageId, EventStamp stamp, RowChange change) {
        pendingOf(imageId).add(new Pending(stamp, null, change));
    }

    private List<Pending> pendingOf(String imageId) {
        return byImage.computeIfAbsent(imageId, id -> new ArrayList<>());
    }

    void write(JdbcTemplate jdbc) {
        if (byImage.isEmpty()) {
            return;
        }
        Map<String, Long> versions = lockRows(jdbc);
        List<ImageRowChanges> images = new ArrayList<>();
        byImage.forEach((id, pending) -> {
            ImageRowChanges image = new ImageRowChanges(id, versions.get(id));
            for (Pending event : pending) {
                if (event.created() != null) {
                    image.create(event.stamp(), event.created());
                } else {
                    image.apply(event.stamp(), event.change());
                }
            }
            images.add(image);
        });
        byImage.clear();
        insertCreated(jdbc, images);
        updateRows(jdbc, images);
        writeProperties(jdbc, images);
        writeTags(jdbc, images);
        writeMembers(jdbc, images);
    }

    /** Locks the batch's image rows, in a fixed order so that no two batches wait on each other. */
    private Map<String, Long> lockRows(JdbcTemplate jdbc) {
        Map<String, Long> versions = new HashMap<>();
        jdbc.query(
                "SELECT id, version FROM image_metadata WHERE id = ANY (?) ORDER BY id FOR UPDATE",
                row -> {
                    versions.put(row.getString(1), row.getLong(2));
                },
                (Object) byImage.keySet().toArray(String[]::new));
        return versions;
    }

    private static void insertCreated(JdbcTemplate jdbc, List<ImageRowChanges> images) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> recency = new ArrayList<>();
        List<Object[]> properties = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        for (ImageRowChanges image : images) {
            ImageCreated e = image.created;
            if (e == null) {
                continue;
            }
            EventStamp stamp = image.createdStamp;
            rows.add(new Object[] {e.imageId(), e.name(), e.diskFormat(), e.containerFormat(), e.visibility(),
                e.isProtected(), e.osHidden(), e.minRam(), e.minDisk(), e.owner(), ImageState.QUEUED,
                stamp.recordedAtInDatabase(), stamp.recordedAtInDatabase(), stamp.version(), stamp.position()});
            recency.add(new Object[] {e.imageId(), stamp.recordedAtInDatabase()});
            e.properties().forEach((key, value) -> properties.add(new Object[] {e.imageId(), key, value}));
            new LinkedHashSet<>(e.tags()).forEach(tag -> tags.add(new Object[] {e.imageId(), tag}));
        }
        batch(jdbc, "INSERT INTO image_metadata (id, name, disk_format, container_format, visibility, protected,"
                + " os_hidden, min_ram, min_disk, owner, status, created_at, updated_at, version, position)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        batch(jdbc, "INSERT INTO image_recency (id, updated_at) VALUES (?, ?)", recency);
        batch(jdbc, "INSERT INTO image_property (image_id, key, value) VALUES (?, ?, ?)", properties);
        batch(jdbc, "INSERT INTO image_tag (image_id, tag) VALUES (?, ?)", tags);
    }

    /**
     * One statement per image: its changed core columns and the stamp of its newest event, grouped by column set. The
     * statement moves the image's row in image_recency too, in the same round trip.
     */
    private static void updateRows(JdbcTemplate jdbc, List<ImageRowChanges> images) {
        Map<Set<ImageColumn>, List<Object[]>> byColumns = new LinkedHashMap<>();
        for (ImageRowChanges image : images) {
            if (image.newest == null) {
                continue;
            }
            Set<ImageColumn> columns = image.columns.isEmpty()
                    ? EnumSet.noneOf(ImageColumn.class)
                    : EnumSet.copyOf(image.columns.keySet());
            EventStamp stamp = image.newest;
            List<Object> args = new ArrayList<>(List.of(stamp.recordedAtInDatabase(), image.imageId));
            columns.forEach(column -> args.add(image.columns.get(column)));
            args.addAll(List.of(stamp.recordedAtInDatabase(), stamp.version(), stamp.position(), image.imageId));
            byColumns.computeIfAbsent(columns, key -> new ArrayList<>()).add(args.toArray());
        }
        byColumns.forEach((columns, rows) -> batch(jdbc,
                "WITH recency AS (UPDATE image_recency SET updated_at = ? WHERE id = ?) UPDATE image_metadata SET "
                        + columns.stream().map(column -> column.sql + " = ?, ").collect(Collectors.joining())
                        + "updated_at = ?, version = ?, position = ? WHERE id = ?", rows));
    }

    private static void writeProperties(JdbcTemplate jdbc, List<ImageRowChanges> images) {
        List<Object[]> removed = new ArrayList<>();
        List<Object[]> set = new ArrayList<>();
        for (ImageRowChanges image : images) {
            image.properties.forEach((key, value) -> {
                if (value == null) {
                    removed.add(new Object[] {image.imageId, key});
                } else {
                    set.add(new Object[] {image.imageId, key, value});
                }
            });
        }
        batch(jdbc, "DELETE FROM image_property WHERE image_id = ? AND key = ?", removed);
        batch(jdbc, """
                INSERT INTO image_property (image_id, key, value) VALUES (?, ?, ?)
                ON CONFLICT (image_id, key) DO UPDATE SET value = EXCLUDED.value""", set);
    }

    private static void writeTags(JdbcTemplate jdbc, List<ImageRowChanges> images) {
        List<Object[]> removed = new ArrayList<>();
        List<Object[]> added = new ArrayList<>();
        for (ImageRowChanges image : images) {
            image.tags.forEach((tag, on) -> (on ? added : removed).add(new Object[] {image.imageId, tag}));
        }
        batch(jdbc, "DELETE FROM image_tag WHERE image_id = ? AND tag = ?", removed);
        batch(jdbc, "INSERT INTO image_tag (image_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING", added);
    }

    private static void writeMembers(JdbcTemplate jdbc, List<ImageRowChanges> images) {
        List<Object[]> removed = new ArrayList<>();
        List<Object[]> added = new ArrayList<>();
        List<Object[]> answered = new ArrayList<>();
        for (ImageRowChanges image : images) {
            image.members.forEach((member, row) -> {
                if (row == null) {
                    removed.add(new Object[] {image.imageId, member});
                } else if (row.createdAt() != null) {
                    added.add(new Object[] {image.imageId, member, row.status(), row.createdAt(), row.updatedAt()});
                } else {
                    answered.add(new Object[] {row.status(), row.updatedAt(), image.imageId, member});
                }
            });
        }
        batch(jdbc, "DELETE FROM image_member WHERE image_id = ? AND member = ?", removed);
        batch(jdbc, """
                INSERT INTO image_member (image_id, member, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (image_id, member) DO UPDATE
                SET status = EXCLUDED.status, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at""",
                added);
        batch(jdbc, "UPDATE image_member SET status = ?, updated_at = ? WHERE image_id = ? AND member = ?", answered);
    }

    private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }
}
