package org.imageledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.imageledger.query.QueryNodeApplication;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.OtherNodeIdentity;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Eight writers each PATCH their image and read it straight back, 20,000 times in all, on two query nodes that share
 * the projection's segments: the node that acknowledged the write, with no header, and another query node, with the
 * write's position as {@code Min-Position}. No read answers an older version than the write acknowledged.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadYourWritesUnderLoadIT {

    private static final int WRITERS = 8;
    private static final int PAIRS = 20_000;

    @LocalServerPort
    int port;

    @Autowired
    HikariDataSource dataSource;

    @Test
    void noReadOnEitherNodeIsOlderThanTheWriteItFollows() throws Exception {
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(
                        QueryNodeApplication.class, OtherNodeIdentity.class)
                .run(
                        "--server.port=0",
                        "--image-ledger.ephemeral=false",
                        "--image-ledger.datasource.url=" + dataSource.getJdbcUrl(),
                        "--image-ledger.datasource.username=" + dataSource.getUsername(),
                        "--image-ledger.datasource.password=" + dataSource.getPassword())) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> jdbc.queryForList(
                                    "SELECT owner FROM tokenentry WHERE processorname = 'image-metadata'", String.class)
                            .contains(OtherNodeIdentity.NODE_ID));
            int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();

            Stale stale = pairs(new LedgerClient(otherPort));

            assertThat(stale.acknowledgingNode()).isZero();
            assertThat(stale.otherNode()).isZero();
        }
    }

    record Stale(long acknowledgingNode, long otherNode) {}

    /** Runs the pairs and counts, per node, the reads that showed an older image than their write acknowledged. */
    private Stale pairs(LedgerClient otherNode) throws Exception {
        LedgerClient writer = new LedgerClient(port);
        AtomicInteger started = new AtomicInteger();
        AtomicLong staleHere = new AtomicLong();
        AtomicLong staleThere = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(threads.submit(() -> {
                String id = writer.send("POST", "/v2/images", "application/json", "{\"name\": \"pairs\"}")
                        .json()
                        .get("id")
                        .asText();
                for (int round = started.incrementAndGet(); round <= PAIRS; round = started.incrementAndGet()) {
                    Reply written = writer.send(
                            "PATCH",
                            "/v2/images/" + id,
                            LedgerClient.JSON_PATCH,
                            "[{\"op\": \"add\", \"path\": \"/round\", \"value\": \"" + round + "\"}]");
                    assertThat(written.status()).as(written.body()).isEqualTo(200);
                    if (isStale(writer.send("GET", "/v2/images/" + id, null, null), written, round)) {
                        staleHere.incrementAndGet();
                    }
                    Map<String, String> position = Map.of("Min-Position", written.header("Ledger-Position"));
                    Reply read;
                    do { // 503: the projection has not got there within the wait; the client is told to retry
                        read = otherNode.send("GET", "/v2/images/" + id, null, null, position);
                    } while (read.status() == 503);
                    if (isStale(read, written, round)) {
                        staleThere.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> done : writers) {
            done.get();
        }
        threads.shutdown();
        return new Stale(staleHere.get(), staleThere.get());
    }

    private static boolean isStale(Reply read, Reply written, int round) {
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return version(read) < version(written)
                || !read.json().path("round").asText().equals(Integer.toString(round));
    }

    private static long version(Reply response) {
        return Long.parseLong(response.header("ETag").replace("\"", ""));
    }
}
