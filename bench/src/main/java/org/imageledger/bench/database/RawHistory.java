package org.imageledger.bench.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The history baseline: one image's events, a page at a time in version order, read straight from the event table. */
public final class RawHistory implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement page;

    public RawHistory(BenchDatabase database) throws SQLException {
        connection = database.connect();
        page = connection.prepareStatement(
                "SELECT globalindex, sequencenumber, timestamp, payloadtype, payload, metadata"
                        + " FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber >= ?"
                        + " ORDER BY sequencenumber LIMIT ?");
    }

    /** Reads the page of events from {@code fromVersion} on; returns how many it held. */
    public int page(String imageId, long fromVersion, int limit) throws SQLException {
        page.setString(1, imageId);
        page.setLong(2, fromVersion);
        page.setInt(3, limit);
        int count = 0;
        try (ResultSet rows = page.executeQuery()) {
            while (rows.next()) {
                rows.getLong(1);
                rows.getLong(2);
                rows.getString(3);
                rows.getString(4);
                rows.getBytes(5);
                rows.getBytes(6);
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
