package org.imageledger.query.tables;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.imageledger.events.ImageMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one way in and out of the image_metadata tables (image_metadata, image_property, image_tag, image_recency,
 * image_member), live or fresh: whole images read as {@link ImageRow}s, written as the change from one row to the
 * next, or copied into empty tables. The projection, the read API, the rebuild and verify all go through it, so
 * they cannot disagree about what a row says.
 */
@Component
public final class ImageMetadataTables {

    static final String MEMBER_COLUMNS = "image_id, member, status, created_at, updated_at";
    private static final String SELECT = Arrays.stream(ImageColumn.values())
            .map(column -> "m." + column.sql)
            .collect(Collectors.joining(", ", "SELECT ", ""));

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TableNames names;

    /** The live tables. */
    @Autowired
    public ImageMetadataTables(JdbcTemplate jdbc, DataSource dataSource) {
        this(jdbc, dataSource, TableNames.LIVE);
    }

    private ImageMetadataTables(JdbcTemplate jdbc, DataSource dataSource, TableNames names) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.names = names;
    }

    /** The same tables under the names a rebuild fills beside the live ones. */
    public ImageMetadataTables fresh() {
        return new ImageMetadataTables(jdbc, dataSource, TableNames.FRESH);
    }

    public TableNames names() {
        return names;
    }

    /**
     * The rows, in the query's order, that the clauses choose: what follows {@code SELECT … FROM image_metadata m},
     * the conditions on {@code m} and any joins, order and limit.
     */
    public List<ImageRow> select(String clauses, Object... args) {
        List<Map<ImageColumn, Object>> rows = jdbc.query(
                SELECT + " FROM " + names.metadata() + " m " + clauses, (rs, n) -> ImageColumn.read(rs), args);
        return complete(rows);
    }

    /** The rows of the given images, by id; an image without a row is left out. */
    public Map<String, ImageRow> load(Collection<String> ids) {
        return byId(ids.isEmpty() ? List.of() : select("WHERE m.id = ANY (?)", (Object) ids.toArray(String[]::new)));
    }

    /**
     * As {@link #load}, holding the image rows locked until the caller's transaction ends; in a fixed order, so that
     * no two callers wait on each other.
     */
    public Map<String, ImageRow> lock(Collection<String> ids) {
        return byId(select("WHERE m.id = ANY (?) ORDER BY m.id FOR UPDATE OF m", (Object) ids.toArray(String[]::new)));
    }

    /** Every row, in chunks ordered by id. */
    public void forEachChunk(int size, Consumer<List<ImageRow>> chunks) {
        String after = "";
        while (true) {
            List<ImageRow> chunk = select("WHERE m.id > ? ORDER BY m.id LIMIT ?", after, size);
            if (chunk.isEmpty()) {
                return;
            }
            chunks.accept(chunk);
            after = chunk.get(chunk.size() - 1).id();
        }
    }

    /**
     * Writes each row in after over its row in before, the images' rows before the change (none for a new image):
     * only what differs, each kind of write one JDBC batch for all images.
     */
    public void write(Map<String, ImageRow> before, Collection<ImageRow> after) {
        RowWrites writes = new RowWrites(names);
        after.forEach(row -> writes.add(before.get(row.id()), row));
        writes.send(jdbc);
    }

    /** A COPY into these tables, which must be empty and read or written by no one else. */
    public ImageCopy copy() {
        return new ImageCopy(dataSource, names);
    }

    /**
     * Images whose row in image_recency is missing, extra, or not at their image row's updated_at; only among the
     * given ids, unless they are null.
     */
    public List<String> recencyMismatches(String[] ids) {
        return jdbc.queryForList(
                "SELECT coalesce(m.id, r.id) AS id FROM " + names.metadata() + " m FULL JOIN "
                        + names.recency() + " r ON r.id = m.id WHERE r.updated_at IS DISTINCT FROM m.updated_at"
                        + (ids == null ? "" : " AND coalesce(m.id, r.id) = ANY (?)"),
                String.class,
                ids == null ? new Object[0] : new Object[] {ids});
    }

    /** The rows with their properties, tags and members: three queries for all of them. */
    private List<ImageRow> complete(List<Map<ImageColumn, Object>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Object ids = rows.stream().map(row -> (String) row.get(ImageColumn.ID)).toArray(String[]::new);
        Map<String, Map<String, String>> properties = new HashMap<>();
        jdbc.query(
                "SELECT image_id, key, value FROM " + names.property() + " WHERE image_id = ANY (?)",
                (ResultSet rs) -> {
                    properties
                            .computeIfAbsent(rs.getString(1), id -> new HashMap<>())
                            .put(rs.getString(2), rs.getString(3));
                },
                ids);
        Map<String, Set<String>> tags = new HashMap<>();
        jdbc.query(
                "SELECT image_id, tag FROM " + names.tag() + " WHERE image_id = ANY (?)",
                (ResultSet rs) -> {
                    tags.computeIfAbsent(rs.getString(1), id -> new HashSet<>()).add(rs.getString(2));
                },
                ids);
        Map<String, Map<String, ImageMember>> members = new HashMap<>();
        jdbc.query(
                "SELECT " + MEMBER_COLUMNS + " FROM " + names.member() + " WHERE image_id = ANY (?)",
                (ResultSet rs) -> {
                    members.computeIfAbsent(rs.getString(1), id -> new HashMap<>())
                            .put(rs.getString(2), new ImageMember(rs.getString(3), instant(rs, 4), instant(rs, 5)));
                },
                ids);
        List<ImageRow> images = new ArrayList<>(rows.size());
        for (Map<ImageColumn, Object> row : rows) {
            String id = (String) row.get(ImageColumn.ID);
            images.add(ImageColumn.row(
                    row,
                    properties.getOrDefault(id, Map.of()),
                    tags.getOrDefault(id, Set.of()),
                    members.getOrDefault(id, Map.of())));
        }
        return images;
    }

    private static Map<String, ImageRow> byId(List<ImageRow> rows) {
        Map<String, ImageRow> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        return byId;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
