package org.imageledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.command.CommandNodeApplication;
import org.imageledger.events.ImageState;
import org.imageledger.infrastructure.glance.ImageDocument;
import org.imageledger.testing.LedgerClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An image is loaded from its last snapshot plus the events after it; after several snapshots the loaded image must
 * still be exactly the fold of all its events, or writes would start from a wrong state. Snapshots come often here,
 * and from a pool of two connections, which concurrent writers must not exhaust. No image is kept in memory here,
 * so every load goes through the snapshots.
 */
@SpringBootTest(
        classes = CommandNodeApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "image-ledger.snapshot-threshold=5",
            "image-ledger.datasource.maximum-pool-size=2",
            "image-ledger.command.image-cache-size=0"
        })
class SnapshotRoundTripIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anImageLoadedFromItsSnapshotsEqualsTheFoldOfItsEvents() throws Exception {
        LedgerClient api = new LedgerClient(port);
        String id = api.create("{\"name\": \"snapshotted\", \"disk_format\": \"qcow2\", \"tags\": [\"a\"]}")
                .json()
                .get("id")
                .asText();
        Random random = new Random(7);
        for (int i = 0; i < 90; i++) {
            int status = api.patch(id, randomChange(random, i)).status();
            assertThat(status).as("change %d", i).isEqualTo(200);
            if (i % 15 == 0) {
                assertThat(api.send("PUT", "/v2/images/" + id + "/tags/t" + i, null, null, Map.of())
                                .status())
                        .isEqualTo(204);
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> snapshotVersion(id) >= 60);
        JsonNode loaded = api.patch(id, "[]").json();
        JsonNode folded = JSON.readTree(JSON.writeValueAsString(ImageDocument.of(fold(id))));

        assertThat(loaded.get("version").asLong()).isGreaterThan(60);
        assertThat(loaded).isEqualTo(folded);
    }

    /**
     * Writers of one image queue for its lock holding a connection each. A snapshot taken by the lock's holder on
     * its own thread would wait for a connection that only the queue behind it can give back.
     */
    @Test
    void writersQueuedOnOneImageAllSucceedWhileItsSnapshotsAreTaken() throws Exception {
        LedgerClient api = new LedgerClient(port);
        String id = api.create("{\"name\": \"busy\"}").json().get("id").asText();
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<List<Integer>>> statuses = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String key = "w" + w;
                statuses.add(pool.submit(() -> {
                    List<Integer> mine = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        String change = "[{\"op\": \"add\", \"path\": \"/" + key + "\", \"value\": \"" + i + "\"}]";
                        mine.add(api.patch(id, change).status());
                    }
                    return mine;
                }));
            }
            for (Future<List<Integer>> writer : statuses) {
                assertThat(writer.get()).containsOnly(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fold(id).version()).isEqualTo(writers * 10);
    }

    /** The version of the image's latest snapshot (storing one removes the older), -1 for none. */
    private long snapshotVersion(String id) {
        return jdbc.queryForObject(
                "SELECT coalesce(max(sequencenumber), -1) FROM snapshotevententry WHERE aggregateidentifier = ?",
                Long.class,
                id);
    }

    private static String randomChange(Random random, int i) {
        return switch (random.nextInt(5)) {
            case 0 -> "[{\"op\": \"add\", \"path\": \"/p" + random.nextInt(6) + "\", \"value\": \"v" + i + "\"}]";
            case 1 -> "[{\"op\": \"replace\", \"path\": \"/min_ram\", \"value\": " + i + "}]";
            case 2 -> "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"name " + i + "\"}]";
            case 3 ->
                "[{\"op\": \"add\", \"path\": \"/p" + random.nextInt(6) + "\", \"value\": \"w" + i + "\"},"
                        + " {\"op\": \"replace\", \"path\": \"/min_disk\", \"value\": " + i + "}]";
            default -> "[{\"op\": \"replace\", \"path\": \"/tags\", \"value\": [\"x" + i + "\", \"y\"]}]";
        };
    }

    private ImageState fold(String id) {
        return FoldedImage.of(eventStore, id);
    }
}
