package org.imageledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imageledger.testing.LedgerClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reader paging through the event feed while writers race, each page resumed after the last position it saw, gets
 * every event exactly once and in order, although concurrent appends commit out of order and lost races leave holes.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventFeedResumeIT {

    static final int WRITERS = 4;
    static final int WRITES = 15;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aResumingReaderSeesEveryEventOnceWhileWritersRace() throws Exception {
        long start = head();
        LedgerClient writer = new LedgerClient(port);
        LedgerClient reader = new LedgerClient(port, "auditor-secret");
        String shared = create(writer, "shared");
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int number = w;
            writers.add(threads.submit(() -> {
                String own = create(writer, "writer-" + number);
                for (int i = 0; i < WRITES; i++) {
                    // the shared image makes writers lose races, whose rolled-back appends leave holes
                    addProperty(writer, i % 2 == 0 ? own : shared, "w" + number + "_" + i);
                }
            }));
        }

        List<Long> seen = new ArrayList<>();
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    boolean written = writers.stream().allMatch(Future::isDone);
                    long head = head();
                    long after = seen.isEmpty() ? start : seen.get(seen.size() - 1);
                    for (JsonNode line : reader.send("GET", "/v2/events?limit=5&after_position=" + after, null, null)
                            .lines()) {
                        seen.add(line.get("position").asLong());
                    }
                    return written && !seen.isEmpty() && seen.get(seen.size() - 1) >= head;
                });
        for (Future<?> done : writers) {
            done.get();
        }
        threads.shutdown();

        assertThat(seen).isSorted().doesNotHaveDuplicates();
        assertThat(seen)
                .containsExactlyElementsOf(jdbc.queryForList(
                        "SELECT globalindex FROM domainevententry WHERE globalindex > ? ORDER BY globalindex",
                        Long.class,
                        start));
    }

    private long head() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(globalindex), 0) FROM domainevententry", Long.class);
    }

    private static String create(LedgerClient api, String name) {
        return api.send("POST", "/v2/images", "application/json", "{\"name\": \"" + name + "\"}")
                .json()
                .get("id")
                .asText();
    }

    private static void addProperty(LedgerClient api, String id, String key) {
        var response = api.send(
                "PATCH",
                "/v2/images/" + id,
                LedgerClient.JSON_PATCH,
                "[{\"op\": \"add\", \"path\": \"/" + key + "\", \"value\": \"x\"}]");
        assertThat(response.status()).isEqualTo(200);
    }
}
