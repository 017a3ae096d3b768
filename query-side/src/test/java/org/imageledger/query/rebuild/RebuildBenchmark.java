package org.imageledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImagePropertySet;
import org.imageledger.events.ImageRenamed;
import org.imageledger.events.ImageTagAdded;
import org.imageledger.events.ImageVisibilityChanged;
import org.imageledger.query.QueryNodeIT;
import org.imageledger.query.metadata.ImageMetadataProcessor;
import org.imageledger.query.rebuild.RebuildStatus.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opt-in measurement, not a test of speed: {@code mvn -o verify -pl query-side -Dit.test=RebuildBenchmark
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true}. Loads {@code bench.events} events (default
 * 1,000,000) over a tenth as many images, rebuilds, and prints the rate beside batched raw upserts of the resulting
 * rows ({@code INSERT … ON CONFLICT}, 1,000 per batch) into copies of the tables, measured in the same run.
 */
@QueryNodeIT
@EnabledIfSystemProperty(named = "bench", matches = "true")
class RebuildBenchmark {

    /** Images are written in blocks whose events interleave, so each image's history spans several pages. */
    private static final int BLOCK = 5_000;
    private static final int EVENTS_PER_IMAGE = 10;

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Test
    void rebuildBesideRawUpserts() throws Exception {
        int events = Integer.getInteger("bench.events", 1_000_000);
        // measure the rebuild alone, not the live projection catching up with a million events
        processing.eventProcessor(ImageMetadataProcessor.NAME).ifPresent(EventProcessor::shutDown);
        load(events / EVENTS_PER_IMAGE);
        jdbc.execute("VACUUM ANALYZE domainevententry");

        long start = System.nanoTime();
        rebuild.start();
        RebuildStatus verifying = await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> rebuild.status().orElseThrow(), s -> s.state() != State.RUNNING);
        double filled = (System.nanoTime() - start) / 1e9;
        RebuildStatus done = await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> rebuild.status().orElseThrow(), s -> s.state().finished());
        double total = (System.nanoTime() - start) / 1e9;
        assertThat(done.state()).isEqualTo(State.COMPLETED);

        double upserts = rawUpserts();
        long rows = jdbc.queryForObject("SELECT count(*) FROM image_metadata", Long.class)
                + jdbc.queryForObject("SELECT count(*) FROM image_property", Long.class)
                + jdbc.queryForObject("SELECT count(*) FROM image_tag", Long.class);
        System.out.printf("%nREBUILD %d events: filled and indexed in %.1f s (%.0f events/s), verified and swapped"
                        + " after %.1f s (%.0f events/s end to end)%n",
                verifying.done(), filled, verifying.done() / filled, total, done.done() / total);
        System.out.printf("RAW UPSERTS of the resulting %d rows (3 tables), batches of 1,000: %.1f s (%.0f rows/s)%n",
                rows, upserts, rows / upserts);
    }

    private void load(int images) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (int first = 0; first < images; first += BLOCK) {
                StringBuilder copy = new StringBuilder();
                List<String> ids = new ArrayList<>();
                for (int i = first; i < Math.min(images, first + BLOCK); i++) {
                    ids.add(UUID.randomUUID().toString());
                }
                for (int version = 0; version < EVENTS_PER_IMAGE; version++) {
                    for (String id : ids) {
                        row(copy, id, version, event(id, version));
                    }
                }
                pg.getCopyAPI().copyIn("COPY domainevententry (aggregateidentifier, sequencenumber, type,"
                        + " eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) FROM STDIN",
                        new StringReader(copy.toString()));
            }
        }
    }

    private static ImageEvent event(String id, int version) {
        return switch (version) {
            case 0 -> new ImageCreated(id, "image " + id, "private", false, false, 512, 10, "qcow2", "bare",
                    "bench", Map.of("os_distro", "debian"), List.of("lts"));
            case 1, 5 -> new ImagePropertySet(id, "k" + version, "value " + version);
            case 2, 6 -> new ImageTagAdded(id, "tag" + version);
            case 3, 7 -> new ImageRenamed(id, "renamed " + version);
            default -> new ImageVisibilityChanged(id, version % 2 == 0 ? "public" : "shared");
        };
    }

    private void row(StringBuilder copy, String id, int version, ImageEvent event) {
        SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
        copy.append(id).append('\t').append(version).append("\tImage\t").append(UUID.randomUUID())
                .append("\t\\\\x7b7d\t\\\\x").append(HexFormat.of().formatHex(payload.getData())).append('\t')
                .append(payload.getType().getRevision() == null ? "\\N" : payload.getType().getRevision()).append('\t')
                .append(payload.getType().getName()).append('\t').append(Instant.now()).append('\n');
    }

    /** Seconds to upsert every row of the rebuilt tables into empty copies, JDBC batches of 1,000. */
    private double rawUpserts() {
        for (String table : TableSet.LIVE.names()) {
            jdbc.execute("DROP TABLE IF EXISTS bench_" + table);
            jdbc.execute("CREATE TABLE bench_" + table + " (LIKE " + table + " INCLUDING ALL)");
        }
        List<Object[]> metadata = jdbc.query("SELECT * FROM image_metadata", (rs, n) -> {
            Object[] row = new Object[15];
            for (int c = 0; c < 15; c++) {
                row[c] = rs.getObject(c + 1);
            }
            return row;
        });
        List<Object[]> properties = jdbc.query("SELECT * FROM image_property",
                (rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        List<Object[]> tags = jdbc.query("SELECT * FROM image_tag", (rs, n) -> new Object[] {rs.getString(1), rs.getString(2)});
        long start = System.nanoTime();
        jdbc.batchUpdate("INSERT INTO bench_image_metadata VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, visibility = EXCLUDED.visibility,"
                + " updated_at = EXCLUDED.updated_at, version = EXCLUDED.version, position = EXCLUDED.position",
                metadata, 1_000, (ps, row) -> {
                    for (int c = 0; c < row.length; c++) {
                        ps.setObject(c + 1, row[c]);
                    }
                });
        jdbc.batchUpdate("INSERT INTO bench_image_property VALUES (?, ?, ?)"
                + " ON CONFLICT (image_id, key) DO UPDATE SET value = EXCLUDED.value", properties, 1_000, (ps, row) -> {
                    ps.setString(1, (String) row[0]);
                    ps.setString(2, (String) row[1]);
                    ps.setString(3, (String) row[2]);
                });
        jdbc.batchUpdate("INSERT INTO bench_image_tag VALUES (?, ?) ON CONFLICT DO NOTHING", tags, 1_000, (ps, row) -> {
            ps.setString(1, (String) row[0]);
            ps.setString(2, (String) row[1]);
        });
        return (System.nanoTime() - start) / 1e9;
    }
}
