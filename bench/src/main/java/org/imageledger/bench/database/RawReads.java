package org.imageledger.bench.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The read baseline: the statements the query side's ImageMetadataRepository runs for one image and for one list
 * page (the image rows, then their custom properties and tags, two queries for the whole page), run directly over
 * JDBC and read to the last column.
 */
public final class RawReads implements AutoCloseable {

    private static final String SELECT = "SELECT m.id, m.name, m.disk_format, m.container_format, m.visibility,"
            + " m.protected, m.os_hidden, m.min_ram, m.min_disk, m.owner, m.status, m.created_at, m.updated_at,"
            + " m.version FROM image_metadata m";
    /** {@code GET /v2/images?disk_format=…&os_distro=…&limit=…} for an admin, as ImageListFilters writes it. */
    public static final String LIST_BY_FORMAT_AND_DISTRO = SELECT
            + " WHERE (m.status <> 'deleted') AND (m.visibility <> 'community') AND (m.os_hidden = ?)"
            + " AND (m.disk_format = ?) AND (EXISTS (SELECT 1 FROM image_property p WHERE p.image_id = m.id"
            + " AND p.key = ? AND md5(p.value) = md5(?) AND p.value = ?)) ORDER BY m.created_at DESC, m.id DESC LIMIT ?";

    private final Connection connection;
    private final PreparedStatement image;
    private final PreparedStatement list;
    private final PreparedStatement properties;
    private final PreparedStatement tags;

    public RawReads(BenchDatabase database) throws SQLException {
        connection = database.connect();
        image = connection.prepareStatement(SELECT + " WHERE m.id = ? AND m.status <> 'deleted'");
        list = connection.prepareStatement(LIST_BY_FORMAT_AND_DISTRO);
        properties =
                connection.prepareStatement("SELECT image_id, key, value FROM image_property WHERE image_id = ANY (?)");
        tags = connection.prepareStatement("SELECT image_id, tag FROM image_tag WHERE image_id = ANY (?)");
    }

    /** Reads one image; returns how many were found (0 or 1). */
    public int image(String id) throws SQLException {
        image.setString(1, id);
        return complete(image);
    }

    /** Reads one list page; returns its size. */
    public int list(String diskFormat, String distro, int limit) throws SQLException {
        list.setBoolean(1, false);
        list.setString(2, diskFormat);
        list.setString(3, "os_distro");
        list.setString(4, distro);
        list.setString(5, distro);
        list.setInt(6, limit);
        return complete(list);
    }

    private int complete(PreparedStatement rows) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (ResultSet page = rows.executeQuery()) {
            int columns = page.getMetaData().getColumnCount();
            while (page.next()) {
                ids.add(page.getString(1));
                for (int column = 2; column <= columns; column++) {
                    page.getObject(column);
                }
            }
        }
        if (!ids.isEmpty()) {
            String[] idArray = ids.toArray(String[]::new);
            readAll(properties, idArray);
            readAll(tags, idArray);
        }
        return ids.size();
    }

    private static void readAll(PreparedStatement statement, String[] ids) throws SQLException {
        // bound as JdbcTemplate binds the repository's String[]
        statement.setObject(1, ids);
        try (ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
