package org.imageledger.query.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.QueryNodeTest;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * What one caller's Min-Position can do to the others: only reads of the projection wait, and only so many at once;
 * the version documents, health and the event feed never wait.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(
        properties = {
            "image-ledger.min-position.timeout=30s",
            "image-ledger.min-position.max-waiting-reads=4",
            "image-ledger.anonymous.rate=" + FairSharingIT.ANONYMOUS_RATE,
            "image-ledger.anonymous.burst=" + FairSharingIT.ANONYMOUS_BURST,
            "image-ledger.anonymous.max-delay=10s"
        })
class FairSharingIT extends QueryNodeTest {

    static final int ANONYMOUS_RATE = 100;
    static final int ANONYMOUS_BURST = 50;
    private static final Duration AT_ONCE = Duration.ofSeconds(3);

    @Autowired
    MeterRegistry meters;

    @Test
    void neitherTheVersionDocumentsNorHealthNorTheEventFeedWaitForTheProjection() {
        String farAhead = Long.toString(head() + 1_000_000);
        LedgerClient anonymous = new LedgerClient(port, null);
        assertAnsweredAtOnce(() -> anonymous.get("/versions", Map.of("Min-Position", farAhead)), 200);
        assertAnsweredAtOnce(() -> anonymous.get("/", Map.of("Min-Position", farAhead)), 300);
        assertAnsweredAtOnce(() -> anonymous.get("/actuator/health", Map.of("Min-Position", farAhead)), 200);
        assertAnsweredAtOnce(() -> api.get("/v2/events?limit=1", Map.of("Min-Position", farAhead)), 200);
        assertAnsweredAtOnce(() -> api.get("/v2/schemas/image", Map.of("Min-Position", farAhead)), 200);
    }

    @Test
    void aReadThatWouldWaitBeyondTheBudgetIsAnsweredAtOnce() {
        String next = Long.toString(head() + 1);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Reply>> waiting = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                waiting.add(CompletableFuture.supplyAsync(
                        () -> api.get("/v2/images", Map.of("Min-Position", next)), readers));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> waitingReads() == 4);

            Reply refused = assertAnsweredAtOnce(() -> api.get("/v2/images", Map.of("Min-Position", next)), 503);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(refused.message()).contains("Too many reads are waiting");

            ledger.append(LedgerEvents.created(LedgerEvents.newId(), "fair"));
            for (CompletableFuture<Reply> read : waiting) {
                assertThat(read.join().status()).isEqualTo(200);
            }
            assertThat(waitingReads()).isZero();
        } finally {
            readers.shutdownNow();
        }
    }

    /**
     * 300 unauthenticated clients loop on /versions asking for a position far ahead. Before, each held a request
     * thread for the whole wait (thirty seconds here) and then answered 503, and authenticated reads queued behind
     * them; and however fast they were answered, they took the cores. What is asserted is that every looping request
     * was answered without waiting for the projection (200, where the wait ends in 503), and no faster than the
     * anonymous pace. The authenticated reads' p99 beside its quiet value is printed; the benchmark holds it to its
     * target (at most 2x), as timings belong there.
     */
    @Test
    @Order(Integer.MAX_VALUE) // last: the flood leaves the anonymous pace booked for seconds after it
    void loopingClientsAskingForAPositionFarAheadHoldNoRequestThread() throws Exception {
        String id = LedgerEvents.newId();
        ledger.appendApplied(LedgerEvents.created(id, "admin"));
        long[] quiet = latencies(id, 50);

        String farAhead = Long.toString(head() + 1_000_000);
        HttpClient flood = HttpClient.newHttpClient();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong flooded = new AtomicLong();
        AtomicLong slowestNanos = new AtomicLong();
        AtomicLong notOk = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(300);
        long floodStarted = System.nanoTime();
        try {
            for (int i = 0; i < 300; i++) {
                clients.execute(() -> {
                    HttpRequest versions = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/versions"))
                            .header("Min-Position", farAhead)
                            .build();
                    while (running.get()) {
                        long start = System.nanoTime();
                        try {
                            if (flood.send(versions, HttpResponse.BodyHandlers.discarding())
                                            .statusCode()
                                    != 200) {
                                notOk.incrementAndGet();
                            }
                        } catch (Exception e) {
                            return;
                        }
                        slowestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
                        flooded.incrementAndGet();
                    }
                });
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> flooded.get() > 2 * ANONYMOUS_BURST);
            long[] loaded = latencies(id, 50);
            long answered = flooded.get();
            double floodSeconds = (System.nanoTime() - floodStarted) / 1e9;
            System.out.printf(
                    "authenticated GET p99: quiet %d ms, with 300 clients looping on /versions %d ms (%.1fx);"
                            + " %d /versions answered, the slowest in %d ms%n",
                    p99(quiet),
                    p99(loaded),
                    (double) p99(loaded) / Math.max(1, p99(quiet)),
                    flooded.get(),
                    slowestNanos.get() / 1_000_000);
            assertThat(notOk.get()).isZero();
            assertThat(answered)
                    .as("answered in %.1f s", floodSeconds)
                    .isLessThanOrEqualTo((long) (ANONYMOUS_BURST + ANONYMOUS_RATE * floodSeconds) + 1);
        } finally {
            running.set(false);
            clients.shutdownNow();
        }
    }

    private long[] latencies(String id, int samples) {
        long[] millis = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            assertThat(api.get("/v2/images/" + id).status()).isEqualTo(200);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        return millis;
    }

    private static long p99(long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.99) - 1];
    }

    private static Reply assertAnsweredAtOnce(Supplier<Reply> request, int status) {
        long start = System.nanoTime();
        Reply reply = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(AT_ONCE);
        assertThat(reply.status()).isEqualTo(status);
        return reply;
    }

    private double waitingReads() {
        return meters.get(MinPositionInterceptor.WAITING_READS).gauge().value();
    }

    private long head() {
        Long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        return head == null ? 0 : head;
    }
}
