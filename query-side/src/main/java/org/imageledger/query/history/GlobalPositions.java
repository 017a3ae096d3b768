package org.imageledger.query.history;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The global position of each of an image's events in a range of versions, in one query. */
class GlobalPositions {

    private final JdbcTemplate jdbc;

    GlobalPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Version → global position for the image's events from {@code first} to {@code last}, both inclusive. */
    Map<Long, Long> of(String imageId, long first, long last) {
        Map<Long, Long> positions = new HashMap<>();
        jdbc.query("SELECT sequencenumber, globalindex FROM domainevententry"
                        + " WHERE aggregateidentifier = ? AND sequencenumber BETWEEN ? AND ?",
                row -> {
                    positions.put(row.getLong(1), row.getLong(2));
                },
                imageId, first, last);
        return positions;
    }
}
