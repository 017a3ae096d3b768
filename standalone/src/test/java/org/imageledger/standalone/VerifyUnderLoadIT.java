package org.imageledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.imageledger.query.rebuild.ProjectionRebuild;
import org.imageledger.query.rebuild.VerificationResult;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code verify} on live tables while eight writers keep changing images: every run finds nothing that differs, as
 * it compares rows, tokens and events of one snapshot; and it still finds a row changed by hand.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerifyUnderLoadIT {

    private static final int WRITERS = 8;
    private static final int RUNS = 10;

    @LocalServerPort
    int port;

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    HikariDataSource dataSource;

    private volatile boolean writing = true;
    private final AtomicInteger acknowledged = new AtomicInteger();

    @Test
    void findsNoDifferenceDuringWritesAndStillFindsARowChangedByHand() throws Exception {
        LedgerClient api = new LedgerClient(port);
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(threads.submit(() -> write(api)));
        }
        List<VerificationResult> runs = new ArrayList<>();
        try {
            for (int i = 0; i < RUNS; i++) {
                // each run while the writers are well under way: some writes acknowledged since the last
                int before = acknowledged.get();
                await().atMost(Duration.ofMinutes(1)).until(() -> acknowledged.get() >= before + 4 * WRITERS);
                runs.add(rebuild.verifyLive());
            }
        } finally {
            writing = false;
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        threads.shutdown();

        assertThat(runs).allSatisfy(run -> assertThat(run.mismatches()).isEmpty());
        assertThat(runs).allSatisfy(run -> assertThat(run.rows()).isPositive());
        String tampered = new JdbcTemplate(dataSource)
                .queryForObject(
                        "UPDATE image_metadata SET name = 'tampered' WHERE id = (SELECT min(id) FROM image_metadata)"
                                + " RETURNING id",
                        String.class);
        assertThat(rebuild.verifyLive().mismatches()).containsExactly(tampered);
    }

    /** Creates an image and keeps changing it, a few fields at a time, until told to stop. */
    private Void write(LedgerClient api) {
        String id = api.send("POST", "/v2/images", "application/json", "{\"name\": \"verified\"}")
                .json()
                .get("id")
                .asText();
        for (int round = 0; writing; round++) {
            Reply reply = api.send(
                    "PATCH",
                    "/v2/images/" + id,
                    LedgerClient.JSON_PATCH,
                    "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"n" + round + "\"},"
                            + " {\"op\": \"add\", \"path\": \"/round\", \"value\": \"" + round + "\"},"
                            + " {\"op\": \"replace\", \"path\": \"/tags\", \"value\": [\"t" + round + "\"]}]");
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            acknowledged.incrementAndGet();
        }
        return null;
    }
}
