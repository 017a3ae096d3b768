package org.imageledger.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The events of some images as the event table holds them (the source of truth the nodes share), and what folding
 * them gives for the custom properties the tests write.
 */
final class EventTable {

    static final String PROPERTY_SET = "org.imageledger.events.ImagePropertySet";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One stored event: its global position, image, version (sequence number) and payload. */
    record StoredEvent(long position, String imageId, long version, String type, JsonNode payload) {

        boolean sets(String key, String value) {
            return PROPERTY_SET.equals(type)
                    && key.equals(payload.path("key").asText())
                    && value.equals(payload.path("value").asText());
        }
    }

    private final List<StoredEvent> events;

    private EventTable(List<StoredEvent> events) {
        this.events = events;
    }

    static EventTable read(Database database, Collection<String> imageIds) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT globalindex, aggregateidentifier, sequencenumber, payloadtype, payload
                        FROM domainevententry WHERE aggregateidentifier = ANY (?) ORDER BY globalindex""")) {
            select.setArray(1, connection.createArrayOf("varchar", imageIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new StoredEvent(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getLong(3),
                            rows.getString(4),
                            json(rows.getBytes(5))));
                }
            }
        }
        return new EventTable(events);
    }

    List<StoredEvent> events() {
        return events;
    }

    /** Each image's versions, in the order the stream holds them. */
    Map<String, List<Long>> versionsByImage() {
        Map<String, List<Long>> versions = new TreeMap<>();
        events.stream()
                .sorted(Comparator.comparingLong(StoredEvent::version))
                .forEach(e -> versions.computeIfAbsent(e.imageId(), id -> new ArrayList<>())
                        .add(e.version()));
        return versions;
    }

    /** The custom properties of an image as the fold of its events leaves them (these tests never remove one). */
    Map<String, String> foldedProperties(String imageId) {
        Map<String, String> properties = new HashMap<>();
        events.stream()
                .filter(e -> e.imageId().equals(imageId) && PROPERTY_SET.equals(e.type()))
                .sorted(Comparator.comparingLong(StoredEvent::version))
                .forEach(e -> properties.put(
                        e.payload().path("key").asText(),
                        e.payload().path("value").asText()));
        return properties;
    }

    /** The version of the image's last event. */
    long lastVersion(String imageId) {
        return events.stream()
                .filter(e -> e.imageId().equals(imageId))
                .mapToLong(StoredEvent::version)
                .max()
                .orElseThrow();
    }

    private static JsonNode json(byte[] payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
