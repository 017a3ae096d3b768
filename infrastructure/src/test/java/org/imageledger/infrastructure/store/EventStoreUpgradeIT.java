package org.imageledger.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.flywaydb.core.Flyway;
import org.imageledger.infrastructure.store.EventStoreTables.EventRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A store written before positions were commit-ordered upgrades in place: no event is touched, each gap-aware token
 * becomes a plain position just below the lowest position it was still waiting for, and appends go on after the
 * highest position, each taking the append lock.
 */
class EventStoreUpgradeIT {

    private static final String HISTORY = "event_store_schema_history";
    private static final String PROCESSOR = "image-metadata";

    @TempDir
    Path dataDir;

    private final Serializer serializer = StoredFormat.serializer();

    @Test
    void tokensResumeBelowTheirLowestGapAndEventsStayAsTheyWere() throws Exception {
        try (EmbeddedDatabase server =
                EmbeddedDatabase.start(new LedgerDatabaseProperties(dataDir, null, true, false))) {
            DatabaseCredentials credentials = server.credentials();
            DataSource dataSource =
                    new DriverManagerDataSource(server.jdbcUrl(), credentials.username(), credentials.password());
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/event-store")
                    .table(HISTORY)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .target("1")
                    .load()
                    .migrate();
            // as the previous version left them: position 3 rolled back, position 5 committed late and not applied
            for (long position : new long[] {1, 2, 4, 5, 6}) {
                jdbc.update(
                        "INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type,"
                                + " eventidentifier, timestamp, payloadtype, payload, metadata)"
                                + " VALUES (?, 'image-' || ?, 0, 'Image', 'event-' || ?, ?, 'created', ?, ?)",
                        position,
                        position,
                        position,
                        DateTimeUtils.formatInstant(Instant.now()),
                        bytes("{}"),
                        bytes("{}"));
            }
            jdbc.execute("SELECT setval('domainevententry_globalindex_seq', 6)");
            storeToken(jdbc, 0, GapAwareTrackingToken.newInstance(6, Set.of(3L, 5L)));
            storeToken(jdbc, 1, GapAwareTrackingToken.newInstance(6, Set.of()));
            storeToken(jdbc, 2, null);
            List<String> events = rows(jdbc);

            SchemaMigration.of(dataSource, "db/event-store", HISTORY).migrate();

            EventStoreTables tables = new EventStoreTables(jdbc, serializer);
            assertThat(tables.storedPositions(PROCESSOR)).containsOnly(entry(0, 2L), entry(1, 6L), entry(2, 0L));
            assertThat(storedToken(jdbc, 0)).isEqualTo(new GlobalSequenceTrackingToken(2));
            assertThat(rows(jdbc)).isEqualTo(events);

            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            transaction.executeWithoutResult(status -> {
                long position = tables.append(List.of(row("image-7"), row("image-8")));
                assertThat(position).isEqualTo(8);
                assertThat(jdbc.queryForObject(
                                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                                        + " AND pid = pg_backend_pid() AND granted",
                                Integer.class))
                        .isEqualTo(1);
            });
            assertThat(tables.head()).isEqualTo(8);
        }
    }

    private void storeToken(JdbcTemplate jdbc, int segment, TrackingToken token) {
        SerializedObject<byte[]> stored = token == null ? null : serializer.serialize(token, byte[].class);
        jdbc.update(
                "INSERT INTO tokenentry (processorname, segment, token, tokentype) VALUES (?, ?, ?, ?)",
                PROCESSOR,
                segment,
                stored == null ? null : stored.getData(),
                stored == null ? null : stored.getType().getName());
    }

    private TrackingToken storedToken(JdbcTemplate jdbc, int segment) {
        return jdbc.queryForObject(
                "SELECT token, tokentype FROM tokenentry WHERE processorname = ? AND segment = ?",
                (rs, row) -> serializer.deserialize(
                        new SimpleSerializedObject<>(rs.getBytes(1), byte[].class, rs.getString(2), null)),
                PROCESSOR,
                segment);
    }

    private static List<String> rows(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT e::text FROM domainevententry e ORDER BY globalindex", String.class);
    }

    private static EventRow row(String imageId) {
        return new EventRow(
                "event-" + imageId, imageId, 0, "Image", Instant.now(), "created", null, bytes("{}"), bytes("{}"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
