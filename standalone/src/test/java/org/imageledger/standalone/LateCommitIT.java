package org.imageledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.events.ImagePropertySet;
import org.imageledger.query.progress.ProjectionProgress;
import org.imageledger.query.rebuild.ProjectionRebuild;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends that commit late, or never: a trigger holds one marked append's transaction open after its insert (or
 * fails it), while writers go on. The projection, a feed consumer polling throughout and {@code export} (run while the
 * append is open and resumed afterwards) each get every committed event exactly once, and nothing of a rolled-back
 * append, which holds no reader back.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LateCommitIT {

    private static final int WRITERS = 4;
    /** Beyond the longest late commit, which holds its write's answer back as long. */
    private static final Duration LATE_WRITE_ANSWERED_WITHIN = Duration.ofMinutes(2);

    @LocalServerPort
    int port;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    ProjectionProgress progress;

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    EventStore eventStore;

    JdbcTemplate jdbc;
    LedgerClient api;
    ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void connect() {
        jdbc = new JdbcTemplate(dataSource);
        api = new LedgerClient(port).withTimeout(LATE_WRITE_ANSWERED_WITHIN);
    }

    @AfterEach
    void dropTrigger() {
        threads.shutdownNow();
        jdbc.execute("DROP TRIGGER IF EXISTS marked_append ON domainevententry");
    }

    @Test
    void anAppendCommittingLateBehindMoreThanTenThousandEventsReachesEveryReaderOnce() throws Exception {
        AtomicInteger batches = new AtomicInteger();
        List<Long> behind = lateAppend(Duration.ofSeconds(20), late -> {
            // straight through the event store, so that they can all be appended while the late append is open
            String image = own();
            while (batches.incrementAndGet() <= 21) {
                appendProperties(image, 500, "many" + batches.get());
            }
        });

        assertThat(behind.size()).isGreaterThan(10_000);
    }

    @Test
    void anAppendCommittingThirtySecondsLateUnderConstantWritesReachesEveryReaderOnce() throws Exception {
        lateAppend(Duration.ofSeconds(30), late -> {
            String image = own();
            int round = 0;
            while (!late.isDone()) {
                patch(image, 5, "constant" + round++);
            }
            for (int i = 0; i < 5; i++) {
                patch(image, 5, "after" + i);
            }
        });
    }

    @Test
    void aRolledBackAppendHoldsNoReaderBackAndNoReaderShowsIt() throws Exception {
        long start = head();
        String failing = create("rolled-back");
        String other = create("other");
        mark(failing, "RAISE EXCEPTION 'refused by the test'");

        Reply refused = patchReply(failing, 1, "never");
        long position = Long.parseLong(patch(other, 1, "next").header("Ledger-Position"));

        List<Long> page = new LedgerClient(port, "auditor-secret")
                .send("GET", "/v2/events?after_position=" + start, null, null).lines().stream()
                        .map(line -> line.get("position").asLong())
                        .toList();
        assertThat(refused.status()).isGreaterThanOrEqualTo(500);
        assertThat(page)
                .as("the feed answers at once past the hole")
                .contains(position)
                .containsExactlyElementsOf(committedAfter(start));
        assertThat(progress.awaitApplied(position, Duration.ofSeconds(5))).isTrue();
        assertThat(exported(start)).containsExactlyElementsOf(committedAfter(start));
        assertThat(api.send("GET", "/v2/images/" + failing, null, null).header("ETag"))
                .isEqualTo("\"0\"");
        assertThat(api.send("GET", "/v2/images/" + failing + "/history", null, null)
                        .body())
                .doesNotContain("never");
    }

    interface Writes {
        void run(Future<?> late) throws Exception;
    }

    /** Runs the writes while one append commits {@code delay} late; returns the positions committed meanwhile. */
    private List<Long> lateAppend(Duration delay, Writes writes) throws Exception {
        long start = head();
        String late = create("late");
        mark(late, "PERFORM pg_sleep(" + delay.toSeconds() + ")");
        List<Long> exported;
        long resume;
        try (FeedReader feed = new FeedReader(port, start)) {
            Future<?> lateWrite = threads.submit(() -> patch(late, 1, "late"));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject(
                                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'", Integer.class)
                            == 1);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(threads.submit(() -> {
                    writes.run(lateWrite);
                    return null;
                }));
            }
            exported = new ArrayList<>(exported(start));
            resume = exported.isEmpty() ? start : exported.get(exported.size() - 1);
            lateWrite.get();
            for (Future<?> writer : writers) {
                writer.get();
            }
            long head = head();
            await().atMost(Duration.ofMinutes(2)).until(() -> feed.last() >= head);
            exported.addAll(exported(resume));
            assertThat(feed.positions()).containsExactlyElementsOf(committedAfter(start));
        }
        List<Long> committed = committedAfter(start);
        assertThat(exported).containsExactlyElementsOf(committed);
        assertThat(progress.awaitApplied(committed.get(committed.size() - 1), Duration.ofMinutes(2)))
                .isTrue();
        Reply image = api.send("GET", "/v2/images/" + late, null, null);
        assertThat(image.header("ETag")).isEqualTo("\"1\"");
        assertThat(image.json().path("p0").asText()).isEqualTo("late");
        assertThat(rebuild.verifyLive().matches()).isTrue();
        long latePosition = jdbc.queryForObject(
                "SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 1",
                Long.class,
                late);
        return committed.stream().filter(p -> p > latePosition).toList();
    }

    /** Makes the append of the image's version 1 run the statement after its insert, in its transaction. */
    private void mark(String imageId, String statement) {
        jdbc.execute("CREATE OR REPLACE FUNCTION marked_append() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + statement + "; RETURN NULL; END $$");
        jdbc.execute("DROP TRIGGER IF EXISTS marked_append ON domainevententry");
        jdbc.execute("CREATE TRIGGER marked_append AFTER INSERT ON domainevententry FOR EACH ROW WHEN"
                + " (NEW.aggregateidentifier = '" + imageId + "' AND NEW.sequencenumber = 1)"
                + " EXECUTE FUNCTION marked_append()");
    }

    private String own() {
        return create("writer");
    }

    private String create(String name) {
        Reply created = api.send("POST", "/v2/images", "application/json", "{\"name\": \"" + name + "\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private Reply patch(String imageId, int operations, String value) {
        Reply reply = patchReply(imageId, operations, value);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    /** Sets the image's properties p0, p1, … to the value, one event each. */
    private Reply patchReply(String imageId, int operations, String value) {
        String body = IntStream.range(0, operations)
                .mapToObj(i -> "{\"op\": \"add\", \"path\": \"/p" + i + "\", \"value\": \"" + value + "\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        return api.send("PATCH", "/v2/images/" + imageId, LedgerClient.JSON_PATCH, body);
    }

    /** Appends events setting the image's properties p0, p1, … to the value, as the write side would. */
    private void appendProperties(String imageId, int events, String value) {
        long next =
                eventStore.lastSequenceNumberFor(imageId).map(last -> last + 1).orElse(0L);
        List<EventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            messages.add(new GenericDomainEventMessage<>(
                    "Image", imageId, next + i, new ImagePropertySet(imageId, "p" + (i % 100), value + "-" + i)));
        }
        eventStore.publish(messages);
    }

    private List<Long> exported(long after) {
        List<String> args = new ArrayList<>(List.of(
                "export",
                "--after",
                Long.toString(after),
                "--image-ledger.ephemeral=false",
                "--image-ledger.datasource.url=" + dataSource.getJdbcUrl(),
                "--image-ledger.datasource.username=" + dataSource.getUsername()));
        if (dataSource.getPassword() != null) {
            args.add("--image-ledger.datasource.password=" + dataSource.getPassword());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LedgerCommands.run(
                args.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8)
                .lines()
                .map(line -> Long.parseLong(line.replaceAll(".*\"position\":([0-9]+).*", "$1")))
                .toList();
    }

    private List<Long> committedAfter(long position) {
        return jdbc.queryForList(
                "SELECT globalindex FROM domainevententry WHERE globalindex > ? ORDER BY globalindex",
                Long.class,
                position);
    }

    private long head() {
        return jdbc.queryForObject("SELECT COALESCE(max(globalindex), 0) FROM domainevententry", Long.class);
    }
}
