package org.imageledger.query.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.imageledger.events.ImageData;
import org.imageledger.events.ImageMember;
import org.imageledger.events.ImageState;
import org.imageledger.query.tables.DatabaseTime;
import org.springframework.jdbc.core.JdbcTemplate;

/** An image exactly as the projection tables hold it, deleted ones included. */
public final class TableRows {

    private final JdbcTemplate jdbc;

    public TableRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The image; fails when its row in image_recency is missing or disagrees with its image row. */
    public ImageState image(String id) {
        Map<String, String> properties = new HashMap<>();
        jdbc.query(
                "SELECT key, value FROM image_property WHERE image_id = ?",
                rs -> {
                    properties.put(rs.getString(1), rs.getString(2));
                },
                id);
        Set<String> tags =
                new HashSet<>(jdbc.queryForList("SELECT tag FROM image_tag WHERE image_id = ?", String.class, id));
        Map<String, ImageMember> members = new HashMap<>();
        jdbc.query(
                "SELECT member, status, created_at, updated_at FROM image_member WHERE image_id = ?",
                rs -> {
                    members.put(
                            rs.getString(1),
                            new ImageMember(
                                    rs.getString(2),
                                    rs.getObject(3, OffsetDateTime.class).toInstant(),
                                    rs.getObject(4, OffsetDateTime.class).toInstant()));
                },
                id);
        OffsetDateTime recency =
                jdbc
                        .queryForList("SELECT updated_at FROM image_recency WHERE id = ?", OffsetDateTime.class, id)
                        .stream()
                        .findFirst()
                        .orElse(null);
        ImageState image = jdbc.queryForObject(
                "SELECT * FROM image_metadata WHERE id = ?",
                (rs, row) -> new ImageState(
                        rs.getString("id"),
                        rs.getString("name"),
                        rs.getString("disk_format"),
                        rs.getString("container_format"),
                        rs.getString("visibility"),
                        rs.getBoolean("protected"),
                        rs.getLong("min_ram"),
                        rs.getLong("min_disk"),
                        rs.getString("owner"),
                        rs.getBoolean("os_hidden"),
                        rs.getString("status"),
                        properties,
                        tags,
                        data(rs),
                        members,
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        rs.getLong("version")),
                id);
        if (recency == null || !recency.toInstant().equals(image.updatedAt())) {
            throw new IllegalStateException("image_recency has " + recency + " for image " + id
                    + ", which image_metadata says was updated at " + image.updatedAt());
        }
        return image;
    }

    public long position(String id) {
        return jdbc.queryForObject("SELECT position FROM image_metadata WHERE id = ?", Long.class, id);
    }

    /** The fold with its times at the table's precision. */
    public static ImageState asStored(ImageState fold) {
        return new ImageState(
                fold.id(),
                fold.name(),
                fold.diskFormat(),
                fold.containerFormat(),
                fold.visibility(),
                fold.isProtected(),
                fold.minRam(),
                fold.minDisk(),
                fold.owner(),
                fold.osHidden(),
                fold.status(),
                fold.properties(),
                fold.tags(),
                fold.data(),
                asStored(fold.members()),
                DatabaseTime.of(fold.createdAt()).toInstant(),
                DatabaseTime.of(fold.updatedAt()).toInstant(),
                fold.version());
    }

    private static Map<String, ImageMember> asStored(Map<String, ImageMember> members) {
        Map<String, ImageMember> stored = new HashMap<>();
        members.forEach((project, member) -> stored.put(
                project,
                new ImageMember(
                        member.status(),
                        DatabaseTime.of(member.createdAt()).toInstant(),
                        DatabaseTime.of(member.updatedAt()).toInstant())));
        return stored;
    }

    private static ImageData data(ResultSet rs) throws SQLException {
        String location = rs.getString("location");
        return location == null
                ? null
                : new ImageData(
                        rs.getLong("size"),
                        rs.getObject("virtual_size", Long.class),
                        rs.getString("checksum"),
                        rs.getString("os_hash_algo"),
                        rs.getString("os_hash_value"),
                        location);
    }
}
