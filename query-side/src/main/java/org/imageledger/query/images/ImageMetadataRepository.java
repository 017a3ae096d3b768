package org.imageledger.query.images;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imageledger.events.ImageData;
import org.imageledger.events.ImageMember;
import org.imageledger.events.ImageState;
import org.imageledger.infrastructure.web.ApiException;
import org.imageledger.query.QuerySideConfiguration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads images from image_metadata as their fold would show them; deleted images are not found. */
@Repository
@DependsOn(QuerySideConfiguration.SCHEMA)
class ImageMetadataRepository {

    private static final String SELECT = "SELECT m.id, m.name, m.disk_format, m.container_format, m.visibility,"
            + " m.protected, m.os_hidden, m.min_ram, m.min_disk, m.owner, m.status, m.created_at, m.updated_at,"
            + " m.version, m.size, m.virtual_size, m.checksum, m.os_hash_algo, m.os_hash_value, m.location"
            + " FROM image_metadata m";

    private final JdbcTemplate jdbc;

    ImageMetadataRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ImageState> findListed(String id) {
        return findListed(id, Sql.TRUE);
    }

    /** The image if it is not deleted and within the scope; the scope's condition is on {@code m}. */
    Optional<ImageState> findListed(String id, Sql scope) {
        Sql where = Sql.and(List.of(Sql.of("m.id = ? AND m.status <> 'deleted'", id), scope));
        return complete(jdbc.query(SELECT + " WHERE " + where.text(), ImageMetadataRepository::row,
                        where.args().toArray()))
                .stream()
                .findFirst();
    }

    /** A page of the list; a marker the caller may not see is refused exactly as an unknown one. */
    List<ImageState> list(ImageListRequest request) {
        Optional<ImageState> marker = Optional.ofNullable(request.marker()).map(id -> findListed(id, request.scope())
                .orElseThrow(() -> ApiException.badRequest("No image found with ID " + id)));
        Sql page = ImageListSql.page(request, marker);
        return complete(jdbc.query(SELECT + " " + page.text(), ImageMetadataRepository::row, page.args().toArray()));
    }

    /** Adds custom properties, tags and members to the rows, three queries for the whole page. */
    private List<ImageState> complete(List<ImageState> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        String[] ids = rows.stream().map(ImageState::id).toArray(String[]::new);
        Map<String, Map<String, String>> properties = new HashMap<>();
        jdbc.query(
                "SELECT image_id, key, value FROM image_property WHERE image_id = ANY (?)",
                (ResultSet rs) -> {
                    properties.computeIfAbsent(rs.getString(1), id -> new HashMap<>())
                            .put(rs.getString(2), rs.getString(3));
                },
                (Object) ids);
        Map<String, Set<String>> tags = new HashMap<>();
        jdbc.query(
                "SELECT image_id, tag FROM image_tag WHERE image_id = ANY (?)",
                (ResultSet rs) -> {
                    tags.computeIfAbsent(rs.getString(1), id -> new HashSet<>()).add(rs.getString(2));
                },
                (Object) ids);
        Map<String, Map<String, ImageMember>> members = new HashMap<>();
        jdbc.query(
                "SELECT image_id, member, status, created_at, updated_at FROM image_member WHERE image_id = ANY (?)",
                (ResultSet rs) -> {
                    members.computeIfAbsent(rs.getString(1), id -> new HashMap<>())
                            .put(rs.getString(2), new ImageMember(rs.getString(3), instant(rs, 4), instant(rs, 5)));
                },
                (Object) ids);
        return rows.stream()
                .map(image -> new ImageState(image.id(), image.name(), image.diskFormat(), image.containerFormat(),
                        image.visibility(), image.isProtected(), image.minRam(), image.minDisk(), image.owner(),
                        image.osHidden(), image.status(), properties.getOrDefault(image.id(), Map.of()),
                        tags.getOrDefault(image.id(), Set.of()), image.data(),
                        members.getOrDefault(image.id(), Map.of()), image.createdAt(), image.updatedAt(),
                        image.version()))
                .toList();
    }

    private static ImageState row(ResultSet rs, int rowNumber) throws SQLException {
        return new ImageState(rs.getString("id"), rs.getString("name"), rs.getString("disk_format"),
                rs.getString("container_format"), rs.getString("visibility"), rs.getBoolean("protected"),
                rs.getLong("min_ram"), rs.getLong("min_disk"), rs.getString("owner"), rs.getBoolean("os_hidden"),
                rs.getString("status"), Map.of(), Set.of(), data(rs), Map.of(), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getLong("version"));
    }

    /** What the upload stored, from the row's data columns; null while the image has none. */
    static ImageData data(ResultSet rs) throws SQLException {
        String location = rs.getString("location");
        return location == null ? null : new ImageData(rs.getLong("size"), rs.getObject("virtual_size", Long.class),
                rs.getString("checksum"), rs.getString("os_hash_algo"), rs.getString("os_hash_value"), location);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
