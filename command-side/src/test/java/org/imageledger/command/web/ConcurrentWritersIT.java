package org.imageledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.command.CommandNodeApplication;
import org.imageledger.events.ImageState;
import org.imageledger.testing.LedgerClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Concurrent clients never lose an acknowledged update: the event stream's fold holds every one of them. */
@SpringBootTest(classes = CommandNodeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentWritersIT {

    static final int THREADS = 16;
    /** 16 × 7 = 112 properties stays under the limit of 128 per image. */
    static final int PER_THREAD = 7;

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Test
    void everyAcknowledgedPropertyOfSixteenWritersIsInTheFold() throws Exception {
        LedgerClient api = new LedgerClient(port);
        String id = api.create("{\"name\": \"contended\"}").json().get("id").asText();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        long started = System.nanoTime();
        runConcurrently(thread -> {
            for (int i = 0; i < PER_THREAD; i++) {
                String key = "t" + thread + "_" + i;
                var response = api.patch(id, "[{\"op\": \"add\", \"path\": \"/" + key + "\", \"value\": \"x\"}]");
                if (response.status() == 200) {
                    acknowledged.add(key);
                }
            }
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        ImageState folded = fold(id);
        System.out.printf(
                "distinct-property writers: %d threads, %d acknowledged in %d ms, %d in the fold%n",
                THREADS, acknowledged.size(), millis, folded.properties().size());
        assertThat(acknowledged).hasSize(THREADS * PER_THREAD);
        assertThat(folded.properties().keySet()).containsAll(acknowledged);
    }

    @Test
    void strictReadModifyWriteIncrementsAreNeverLost() throws Exception {
        LedgerClient api = new LedgerClient(port);
        String id = api.create("{\"name\": \"counter\", \"counter\": \"0\"}")
                .json()
                .get("id")
                .asText();
        AtomicInteger increments = new AtomicInteger();
        AtomicInteger preconditionFailures = new AtomicInteger();
        runConcurrently(thread -> {
            int mine = 0;
            while (mine < 5) {
                var current = api.patch(id, "[]").json();
                long value = Long.parseLong(current.get("counter").asText());
                var response = api.patch(
                        id,
                        "[{\"op\": \"replace\", \"path\": \"/counter\", \"value\": \"" + (value + 1) + "\"}]",
                        Map.of("If-Match", "\"" + current.get("version").asLong() + "\""));
                if (response.status() == 200) {
                    mine++;
                    increments.incrementAndGet();
                } else {
                    assertThat(response.status()).isEqualTo(412);
                    preconditionFailures.incrementAndGet();
                }
            }
        });
        String counter = fold(id).properties().get("counter");
        System.out.printf(
                "read-modify-write: %d acknowledged increments, %d retried after 412, counter %s%n",
                increments.get(), preconditionFailures.get(), counter);
        assertThat(Long.parseLong(counter)).isEqualTo(increments.get()).isEqualTo(THREADS * 5);
    }

    private ImageState fold(String id) {
        return FoldedImage.of(eventStore, id);
    }

    private static void runConcurrently(ThreadBody body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    body.run(thread);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    interface ThreadBody {
        void run(int thread) throws Exception;
    }
}
