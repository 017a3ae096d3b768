package org.imageledger.query.tables;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.imageledger.events.ImageMember;
import org.imageledger.events.ImageState;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writes that take images' rows from one state to the next, collected for many images and sent as one JDBC batch
 * per kind of statement. A changed row is updated in its changed columns only: the columns every event changes
 * (version, position, updated_at) are in none of image_metadata's indexes, so that update is usually heap-only;
 * image_recency, which carries updated_at's index, moves in the same statement.
 */
final class RowWrites {

    private final TableNames tables;
    private final List<Object[]> inserted = new ArrayList<>();
    private final List<Object[]> recency = new ArrayList<>();
    private final Map<Set<ImageColumn>, List<Object[]>> updated = new LinkedHashMap<>();
    private final List<Object[]> propertiesRemoved = new ArrayList<>();
    private final List<Object[]> propertiesSet = new ArrayList<>();
    private final List<Object[]> tagsRemoved = new ArrayList<>();
    private final List<Object[]> tagsAdded = new ArrayList<>();
    private final List<Object[]> membersRemoved = new ArrayList<>();
    private final List<Object[]> membersSet = new ArrayList<>();

    RowWrites(TableNames tables) {
        this.tables = tables;
    }

    /** The writes from before, null for an image without a row, to after; none when after is no newer. */
    void add(ImageRow before, ImageRow after) {
        if (before == null) {
            insert(after);
        } else if (after.version() != before.version() || after.position() != before.position()) {
            update(before, after);
        } else {
            return;
        }
        ImageState was = before == null ? null : before.state();
        ImageState is = after.state();
        String id = is.id();
        Map<String, String> properties = was == null ? Map.of() : was.properties();
        properties.keySet().stream()
                .filter(key -> !is.properties().containsKey(key))
                .forEach(key -> propertiesRemoved.add(new Object[] {id, key}));
        is.properties().forEach((key, value) -> {
            if (!value.equals(properties.get(key))) {
                propertiesSet.add(new Object[] {id, key, value});
            }
        });
        Set<String> tags = was == null ? Set.of() : was.tags();
        tags.stream().filter(tag -> !is.tags().contains(tag)).forEach(tag -> tagsRemoved.add(new Object[] {id, tag}));
        is.tags().stream().filter(tag -> !tags.contains(tag)).forEach(tag -> tagsAdded.add(new Object[] {id, tag}));
        Map<String, ImageMember> members = was == null ? Map.of() : was.members();
        members.keySet().stream()
                .filter(project -> !is.members().containsKey(project))
                .forEach(project -> membersRemoved.add(new Object[] {id, project}));
        is.members().forEach((project, member) -> {
            if (!member.equals(members.get(project))) {
                membersSet.add(new Object[] {
                    id,
                    project,
                    member.status(),
                    DatabaseTime.of(member.createdAt()),
                    DatabaseTime.of(member.updatedAt())
                });
            }
        });
    }

    private void insert(ImageRow row) {
        ImageColumn[] columns = ImageColumn.values();
        Object[] values = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            values[i] = columns[i].valueOf(row);
        }
        inserted.add(values);
        recency.add(new Object[] {row.id(), ImageColumn.UPDATED_AT.valueOf(row)});
    }

    /** One statement per image: its changed columns and the stamp of its newest event, grouped by column set. */
    private void update(ImageRow before, ImageRow after) {
        Set<ImageColumn> changed = EnumSet.noneOf(ImageColumn.class);
        for (ImageColumn column : ImageColumn.values()) {
            if (!ImageColumn.STAMP.contains(column) && !Objects.equals(column.valueOf(before), column.valueOf(after))) {
                changed.add(column);
            }
        }
        Object updatedAt = ImageColumn.UPDATED_AT.valueOf(after);
        List<Object> args = new ArrayList<>(List.of(updatedAt, after.id()));
        changed.forEach(column -> args.add(column.valueOf(after)));
        args.addAll(List.of(updatedAt, after.version(), after.position(), after.id()));
        updated.computeIfAbsent(changed, key -> new ArrayList<>()).add(args.toArray());
    }

    void send(JdbcTemplate jdbc) {
        batch(
                jdbc,
                "INSERT INTO " + tables.metadata() + " (" + ImageColumn.NAMES + ") VALUES ("
                        + "?, ".repeat(ImageColumn.values().length - 1) + "?)",
                inserted);
        batch(jdbc, "INSERT INTO " + tables.recency() + " (id, updated_at) VALUES (?, ?)", recency);
        updated.forEach((columns, rows) -> batch(
                jdbc,
                "WITH recency AS (UPDATE " + tables.recency()
                        + " SET updated_at = ? WHERE id = ?) UPDATE " + tables.metadata() + " SET "
                        + columns.stream().map(column -> column.sql + " = ?, ").collect(Collectors.joining())
                        + "updated_at = ?, version = ?, position = ? WHERE id = ?",
                rows));
        batch(jdbc, "DELETE FROM " + tables.property() + " WHERE image_id = ? AND key = ?", propertiesRemoved);
        batch(
                jdbc,
                "INSERT INTO " + tables.property() + " (image_id, key, value) VALUES (?, ?, ?)"
                        + " ON CONFLICT (image_id, key) DO UPDATE SET value = EXCLUDED.value",
                propertiesSet);
        batch(jdbc, "DELETE FROM " + tables.tag() + " WHERE image_id = ? AND tag = ?", tagsRemoved);
        batch(jdbc, "INSERT INTO " + tables.tag() + " (image_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING", tagsAdded);
        batch(jdbc, "DELETE FROM " + tables.member() + " WHERE image_id = ? AND member = ?", membersRemoved);
        batch(
                jdbc,
                "INSERT INTO " + tables.member() + " (" + ImageMetadataTables.MEMBER_COLUMNS + ")"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (image_id, member) DO UPDATE SET status = EXCLUDED.status,"
                        + " created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at",
                membersSet);
    }

    private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }
}
