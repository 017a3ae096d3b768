package org.imageledger.scaleout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the query nodes keep in the shared database: the segment claims and the projected properties. */
final class ProjectionRows {

    static final String PROCESSOR = "image-metadata";

    private final Database database;

    ProjectionRows(Database database) {
        this.database = database;
    }

    /** The owner of each segment of the projection's processor, empty where none holds a claim. */
    List<String> segmentOwners() throws SQLException {
        List<String> owners = new ArrayList<>();
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT coalesce(owner, '') FROM tokenentry WHERE processorname = ? ORDER BY segment")) {
            select.setString(1, PROCESSOR);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    owners.add(rows.getString(1));
                }
            }
        }
        return owners;
    }

    /** The image_property rows of these images, by image and key. */
    Map<String, Map<String, String>> properties(List<String> images) throws SQLException {
        Map<String, Map<String, String>> properties = new HashMap<>();
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT image_id, key, value FROM image_property WHERE image_id = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("text", images.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    properties
                            .computeIfAbsent(rows.getString(1), id -> new HashMap<>())
                            .put(rows.getString(2), rows.getString(3));
                }
            }
        }
        return properties;
    }
}
