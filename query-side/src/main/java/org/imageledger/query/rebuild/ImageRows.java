package org.imageledger.query.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.imageledger.events.ImageData;
import org.imageledger.events.ImageMember;
import org.imageledger.events.ImageState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whole images in and out of a {@link TableSet}: many at a time, each write one statement per table with the rows
 * passed as arrays (a set-based upsert rather than a statement per row).
 */
@Component
class ImageRows {

    static final String COLUMNS = "id, name, disk_format, container_format, visibility, protected, os_hidden,"
            + " min_ram, min_disk, owner, status, created_at, updated_at, version, position,"
            + " size, virtual_size, checksum, os_hash_algo, os_hash_value, location";
    static final String MEMBER_COLUMNS = "image_id, member, status, created_at, updated_at";

    private static final ImageData NO_DATA = new ImageData(0, null, null, null, null, null);

    private final JdbcTemplate jdbc;

    ImageRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, FoldedImage> load(TableSet tables, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return complete(tables, jdbc.query(
                "SELECT " + COLUMNS + " FROM " + tables.metadata() + " WHERE id = ANY (?)", ImageRows::row,
                (Object) ids.toArray(String[]::new)));
    }

    /** Every row, in chunks ordered by id. */
    void forEachChunk(TableSet tables, int size, Consumer<Collection<FoldedImage>> chunks) {
        String after = "";
        while (true) {
            List<FoldedImage> chunk = jdbc.query("SELECT " + COLUMNS + " FROM " + tables.metadata()
                    + " WHERE id > ? ORDER BY id LIMIT ?", ImageRows::row, after, size);
            if (chunk.isEmpty()) {
                return;
            }
            chunks.accept(complete(tables, chunk).values());
            after = chunk.get(chunk.size() - 1).state().id();
        }
    }

    /** Writes the images whole; those in existing have rows already, whose properties and tags are replaced. */
    void write(TableSet tables, Collection<FoldedImage> images, Set<String> existing) {
        if (!existing.isEmpty()) {
            Object ids = existing.toArray(String[]::new);
            jdbc.update("DELETE FROM " + tables.property() + " WHERE image_id = ANY (?)", ids);
            jdbc.update("DELETE FROM " + tables.tag() + " WHERE image_id = ANY (?)", ids);
            jdbc.update("DELETE FROM " + tables.member() + " WHERE image_id = ANY (?)", ids);
        }
        jdbc.update(con -> upsertMetadata(con, tables, images));
        jdbc.update("INSERT INTO " + tables.recency() + " (id, updated_at) SELECT id, updated_at FROM "
                        + tables.metadata() + " WHERE id = ANY (?)"
                        + " ON CONFLICT (id) DO UPDATE SET updated_at = EXCLUDED.updated_at",
                (Object) images.stream().map(image -> image.state().id()).toArray(String[]::new));
        List<String[]> properties = new ArrayList<>();
        List<String[]> tags = new ArrayList<>();
        List<String[]> members = new ArrayList<>();
        for (FoldedImage image : images) {
            image.state().properties().forEach((key, value) -> properties.add(new String[] {image.state().id(), key, value}));
            image.state().tags().forEach(tag -> tags.add(new String[] {image.state().id(), tag}));
            image.state().members().forEach((project, member) -> members.add(new String[] {image.state().id(), project,
                member.status(), inDatabase(member.createdAt()), inDatabase(member.updatedAt())}));
        }
        if (!properties.isEmpty()) {
            jdbc.update(con -> insert(con, "INSERT INTO " + tables.property()
                    + " (image_id, key, value) SELECT * FROM unnest(?::text[], ?::text[], ?::text[])", properties, 3));
        }
        if (!tags.isEmpty()) {
            jdbc.update(con -> insert(con, "INSERT INTO " + tables.tag()
                    + " (image_id, tag) SELECT * FROM unnest(?::text[], ?::text[])", tags, 2));
        }
        if (!members.isEmpty()) {
            jdbc.update(con -> insert(con, "INSERT INTO " + tables.member() + " (" + MEMBER_COLUMNS + ")"
                    + " SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[])",
                    members, 5));
        }
    }

    /**
     * Images whose row in the table set's image_recency is missing, extra, or not at their image row's updated_at;
     * only among the given ids, unless they are null.
     */
    List<String> recencyMismatches(TableSet tables, String[] ids) {
        return jdbc.queryForList("SELECT coalesce(m.id, r.id) AS id FROM " + tables.metadata() + " m FULL JOIN "
                        + tables.recency() + " r ON r.id = m.id WHERE r.updated_at IS DISTINCT FROM m.updated_at"
                        + (ids == null ? "" : " AND coalesce(m.id, r.id) = ANY (?)"),
                String.class, ids == null ? new Object[0] : new Object[] {ids});
    }

    private static PreparedStatement upsertMetadata(Connection con, TableSet tables, Collection<FoldedImage> images)
            throws SQLException {
        PreparedStatement ps = con.prepareStatement("INSERT INTO " + tables.metadata() + " (" + COLUMNS + ")"
                + " SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[],"
                + " ?::boolean[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[],"
                + " ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])"
                + " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, disk_format = EXCLUDED.disk_format,"
                + " container_format = EXCLUDED.container_format, visibility = EXCLUDED.visibility,"
                + " protected = EXCLUDED.protected, os_hidden = EXCLUDED.os_hidden, min_ram = EXCLUDED.min_ram,"
                + " min_disk = EXCLUDED.min_disk, owner = EXCLUDED.owner, status = EXCLUDED.status,"
                + " created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at, version = EXCLUDED.version,"
                + " position = EXCLUDED.position, size = EXCLUDED.size, virtual_size = EXCLUDED.virtual_size,"
                + " checksum = EXCLUDED.checksum, os_hash_algo = EXCLUDED.os_hash_algo,"
                + " os_hash_value = EXCLUDED.os_hash_value, location = EXCLUDED.location");
        int n = images.size();
        Object[][] columns = new Object[21][n];
        int i = 0;
        for (FoldedImage image : images) {
            ImageState s = image.state();
            ImageData data = s.data() == null ? NO_DATA : s.data();
            Object[] values = {s.id(), s.name(), s.diskFormat(), s.containerFormat(), s.visibility(), s.isProtected(),
                s.osHidden(), s.minRam(), s.minDisk(), s.owner(), s.status(), inDatabase(s.createdAt()),
                inDatabase(s.updatedAt()), s.version(), image.position(), s.data() == null ? null : data.size(),
                data.virtualSize(), data.checksum(), data.osHashAlgo(), data.osHashValue(), data.location()};
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
            i++;
        }
        String[] types = {"text", "text", "text", "text", "text", "bool", "bool", "int8", "int8", "text", "text",
            "text", "text", "int8", "int8", "int8", "int8", "text", "text", "text", "text"};
        for (int c = 0; c < columns.length; c++) {
            ps.setArray(c + 1, con.createArrayOf(types[c], columns[c]));
        }
        return ps;
    }

    private static PreparedStatement insert(Connection con, String sql, List<String[]> rows, int width)
            throws SQLException {
        PreparedStatement ps = con.prepareStatement(sql);
        for (int c = 0; c < width; c++) {
            String[] column = new String[rows.size()];
            for (int r = 0; r < column.length; r++) {
                column[r] = rows.get(r)[c];
            }
            ps.setArray(c + 1, con.createArrayOf("text", column));
        }
        return ps;
    }

    /** Timestamps as the live projection stores them: truncated to PostgreSQL's microseconds, in UTC. */
    private static String inDatabase(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC).toString();
    }

    private Map<String, FoldedImage> complete(TableSet tables, List<FoldedImage> rows) {
        Map<String, FoldedImage> images = new HashMap<>();
        if (rows.isEmpty()) {
            return images;
        }
        Object ids = rows.stream().map(r -> r.state().id()).toArray(String[]::new);
        Map<String, Map<String, String>> properties = new HashMap<>();
        jdbc.query("SELECT image_id, key, value FROM " + tables.property() + " WHERE image_id = ANY (?)",
                (ResultSet rs) -> {
                    properties.computeIfAbsent(rs.getString(1), id -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                }, ids);
        Map<String, Set<String>> tags = new HashMap<>();
        jdbc.query("SELECT image_id, tag FROM " + tables.tag() + " WHERE image_id = ANY (?)",
                (ResultSet rs) -> {
                    tags.computeIfAbsent(rs.getString(1), id -> new HashSet<>()).add(rs.getString(2));
                }, ids);
        Map<String, Map<String, ImageMember>> members = new HashMap<>();
        jdbc.query("SELECT " + MEMBER_COLUMNS + " FROM " + tables.member() + " WHERE image_id = ANY (?)",
                (ResultSet rs) -> {
                    members.computeIfAbsent(rs.getString(1), id -> new HashMap<>()).put(rs.getString(2),
                            new ImageMember(rs.getString(3), instant(rs, "created_at"), instant(rs, "updated_at")));
                }, ids);
        for (FoldedImage row : rows) {
            ImageState s = row.state();
            images.put(s.id(), new FoldedImage(new ImageState(s.id(), s.name(), s.diskFormat(), s.containerFormat(),
                    s.visibility(), s.isProtected(), s.minRam(), s.minDisk(), s.owner(), s.osHidden(), s.status(),
                    properties.getOrDefault(s.id(), Map.of()), tags.getOrDefault(s.id(), Set.of()), s.data(),
                    members.getOrDefault(s.id(), Map.of()), s.createdAt(), s.updatedAt(), s.version()),
                    row.position()));
        }
        return images;
    }

    private static FoldedImage row(ResultSet rs, int rowNumber) throws SQLException {
        return new FoldedImage(new ImageState(rs.getString("id"), rs.getString("name"), rs.getString("disk_format"),
                rs.getString("container_format"), rs.getString("visibility"), rs.getBoolean("protected"),
                rs.getLong("min_ram"), rs.getLong("min_disk"), rs.getString("owner"), rs.getBoolean("os_hidden"),
                rs.getString("status"), Map.of(), Set.of(), data(rs), Map.of(), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getLong("version")), rs.getLong("position"));
    }

    private static ImageData data(ResultSet rs) throws SQLException {
        String location = rs.getString("location");
        return location == null ? null : new ImageData(rs.getLong("size"), rs.getObject("virtual_size", Long.class),
                rs.getString("checksum"), rs.getString("os_hash_algo"), rs.getString("os_hash_value"), location);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
