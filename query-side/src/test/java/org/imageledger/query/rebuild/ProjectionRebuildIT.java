package org.imageledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImagePropertySet;
import org.imageledger.events.ImageRenamed;
import org.imageledger.events.ImageTagAdded;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.QueryNodeTest;
import org.imageledger.query.processor.ImageMetadataProcessorConfiguration;
import org.imageledger.query.projection.RandomHistory;
import org.imageledger.query.projection.TableRows;
import org.imageledger.query.rebuild.RebuildStatus.State;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Rebuilds on the live node: under concurrent writes, with an event that commits below the head after the snapshot,
 * with text that COPY must escape, with a verification that fails, aborted, and twice at once.
 */
class ProjectionRebuildIT extends QueryNodeTest {

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    DataSource dataSource;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Test
    void rebuildUnderConcurrentWritesEndsEqualToTheFold() throws Exception {
        long seed = System.nanoTime();
        Set<String> images = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done =
                    List.of(writer(seed, images, writing, writers), writer(seed + 1, images, writing, writers));
            await().atMost(Duration.ofSeconds(30)).until(() -> images.size() >= 60);
            rebuild.start(() -> {
                // events that arrive after the fresh tables are filled must come through the hand-over
                String late = LedgerEvents.newId();
                ledger.append(LedgerEvents.created(late, "rebuild"), new ImageRenamed(late, "late"));
                images.add(late);
                int before = images.size();
                await().atMost(Duration.ofSeconds(30)).until(() -> images.size() >= before + 5);
            });
            RebuildStatus status = awaitFinished();
            writing.set(false);
            for (Future<?> writer : done) {
                writer.get(30, TimeUnit.SECONDS);
            }
            assertThat(status.state()).as("%s (seed %d)", status, seed).isEqualTo(State.COMPLETED);
            assertThat(status.done()).isGreaterThanOrEqualTo(status.total()).isPositive();
        } finally {
            writers.shutdownNow();
        }
        ledger.awaitAllApplied();
        assertEqualToTheirFold(images, seed);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM image_metadata", Long.class))
                .isEqualTo(jdbc.queryForObject(
                        "SELECT count(DISTINCT aggregateidentifier) FROM domainevententry", Long.class));
        assertThat(rebuild.verifyLive().matches()).isTrue();
    }

    @Test
    void eventCommittedAfterTheSnapshotWasTakenComesThroughThePagesAfterIt() throws Exception {
        String id = LedgerEvents.newId();
        ledger.appendApplied(LedgerEvents.created(id, "rebuild"), new ImageRenamed(id, "before"));
        // only the rebuild may write the tables, so that what they hold afterwards is its work alone
        EventProcessor live = processing
                .eventProcessor(ImageMetadataProcessorConfiguration.NAME)
                .orElseThrow();
        live.shutDown();
        String later = LedgerEvents.newId();
        try (Connection inFlight = dataSource.getConnection()) {
            inFlight.setAutoCommit(false);
            // drawn before the snapshot, committed after it: it holds the append lock until then
            append(inFlight, new ImageRenamed(id, "late"), 2);

            rebuild.start(() -> {
                commit(inFlight);
                ledger.append(LedgerEvents.created(later, "rebuild"));
            });
            RebuildStatus status = awaitFinished();

            assertThat(status.state()).as("%s", status).isEqualTo(State.COMPLETED);
            assertThat(new TableRows(jdbc).image(id).name()).isEqualTo("late");
            assertThat(new TableRows(jdbc).image(later).version()).isZero();
        } finally {
            live.start();
        }
        assertEqualToTheirFold(Set.of(id), 0);
    }

    @Test
    void rebuildKeepsTextThatCopysFormatMustEscape() {
        String id = LedgerEvents.newId();
        String odd = "tab\there, line\nbreak, return\r, back\\slash \\N \\. ü";
        ledger.appendApplied(
                LedgerEvents.created(id, "rebuild"),
                new ImageRenamed(id, odd),
                new ImagePropertySet(id, "key\t" + odd, odd),
                new ImageTagAdded(id, odd));

        rebuild.start();

        assertThat(awaitFinished().state()).isEqualTo(State.COMPLETED);
        assertEqualToTheirFold(Set.of(id), 0);
        assertThat(new TableRows(jdbc).image(id).name()).isEqualTo(odd);
    }

    @Test
    void failedVerificationSwitchesNothingAndNamesTheImage() {
        String id = LedgerEvents.newId();
        ledger.appendApplied(LedgerEvents.created(id, "rebuild"), new ImageRenamed(id, "kept"));

        rebuild.start(() -> jdbc.update("UPDATE image_metadata_next SET name = 'corrupt' WHERE id = ?", id));
        RebuildStatus status = awaitFinished();

        assertThat(status.state()).isEqualTo(State.FAILED);
        assertThat(status.mismatches()).containsExactly(id);
        assertThat(new TableRows(jdbc).image(id).name()).isEqualTo("kept");
        assertThat(freshTables()).isZero();
    }

    @Test
    void aRecencyRowThatDisagreesWithItsImageFailsVerification() {
        String id = LedgerEvents.newId();
        ledger.appendApplied(LedgerEvents.created(id, "rebuild"), new ImageRenamed(id, "kept"));

        rebuild.start(() -> jdbc.update(
                "UPDATE image_recency_next SET updated_at = updated_at - interval '1 day' WHERE id = ?", id));
        RebuildStatus status = awaitFinished();

        assertThat(status.state()).isEqualTo(State.FAILED);
        assertThat(status.mismatches()).containsExactly(id);
        assertThat(freshTables()).isZero();
    }

    @Test
    void abortedRebuildLeavesLiveReadsCorrectAndTheNextStartsCleanly() {
        String id = LedgerEvents.newId();
        ledger.appendApplied(LedgerEvents.created(id, "rebuild"), new ImageRenamed(id, "before"));
        rebuild.start(() -> {
            throw new IllegalStateException("aborted");
        });
        assertThat(awaitFinished().state()).isEqualTo(State.FAILED);
        assertThat(api.get("/v2/images/" + id).json().path("name").asText()).isEqualTo("before");

        // what a process killed while filling would leave behind
        jdbc.execute("DROP TABLE IF EXISTS image_metadata_next");
        jdbc.execute("CREATE TABLE image_metadata_next (leftover INT)");
        ledger.appendApplied(new ImageRenamed(id, "after"));
        rebuild.start();

        assertThat(awaitFinished().state()).isEqualTo(State.COMPLETED);
        assertEqualToTheirFold(Set.of(id), 0);
        assertThat(api.get("/v2/images/" + id).json().path("name").asText()).isEqualTo("after");
    }

    @Test
    void secondRebuildWhileOneRunsIsRefused() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        rebuild.start(() -> awaitQuietly(release));
        try {
            assertThatThrownBy(rebuild::start).isInstanceOf(RebuildAlreadyRunning.class);
        } finally {
            release.countDown();
        }
        assertThat(awaitFinished().state()).isEqualTo(State.COMPLETED);
    }

    @Test
    void rebuildHeldByAnotherProcessIsRefused() throws Exception {
        try (Connection other = dataSource.getConnection();
                Statement statement = other.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + 0x696d6167656c6564L + ")");
            assertThatThrownBy(rebuild::start).isInstanceOf(RebuildAlreadyRunning.class);
            statement.execute("SELECT pg_advisory_unlock(" + 0x696d6167656c6564L + ")");
        }
    }

    private Future<?> writer(long seed, Set<String> images, AtomicBoolean writing, ExecutorService pool) {
        SplittableRandom random = new SplittableRandom(seed);
        return pool.submit(() -> {
            while (writing.get()) {
                RandomHistory history = new RandomHistory(random, LedgerEvents.newId());
                while (history.hasNext()) {
                    ledger.append(history.next());
                }
                images.add(history.imageId());
            }
            return null;
        });
    }

    /**
     * Appends an event in the connection's open transaction: its position is drawn and the append lock taken, the
     * event not yet visible.
     */
    private void append(Connection connection, ImageEvent event, long version) throws SQLException {
        SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO domainevententry (aggregateidentifier,"
                + " sequencenumber, type, eventidentifier, timestamp, payloadtype, payloadrevision, payload, metadata)"
                + " VALUES (?, ?, 'Image', ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, event.imageId());
            insert.setLong(2, version);
            insert.setString(3, LedgerEvents.newId());
            insert.setString(4, DateTimeUtils.formatInstant(Instant.now()));
            insert.setString(5, payload.getType().getName());
            insert.setString(6, payload.getType().getRevision());
            insert.setBytes(7, payload.getData());
            insert.setBytes(8, "{}".getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
    }

    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private RebuildStatus awaitFinished() {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> rebuild.status().orElseThrow(),
                        status -> status.state().finished());
    }

    private void assertEqualToTheirFold(Set<String> images, long seed) {
        TableRows table = new TableRows(jdbc);
        for (String id : images) {
            assertThat(table.image(id))
                    .as("image %s (seed %d)", id, seed)
                    .isEqualTo(TableRows.asStored(ledger.fold(id)));
            assertThat(table.position(id))
                    .isEqualTo(ledger.positionOf(id, ledger.fold(id).version()));
        }
    }

    private long freshTables() {
        return jdbc.queryForObject("SELECT count(*) FROM pg_class WHERE relname LIKE 'image\\_%\\_next'", Long.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
