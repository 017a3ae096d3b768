package org.imageledger.standalone;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;

/**
 * Writers creating images as fast as the service takes them, keeping the id of every create acknowledged (201) and
 * the slowest answer of any other kind (a refusal while the database is away).
 */
final class WriteLoad implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<Answer> refusals = new ConcurrentLinkedQueue<>();
    private final List<Thread> writers = new ArrayList<>();

    record Answer(int status, String retryAfter, Duration took) {}

    WriteLoad(LedgerClient api, int count) {
        for (int i = 0; i < count; i++) {
            Thread writer = new Thread(() -> write(api), "writer-" + i);
            writer.start();
            writers.add(writer);
        }
    }

    private void write(LedgerClient api) {
        while (running.get()) {
            long started = System.nanoTime();
            try {
                Reply response = api.send("POST", "/v2/images", "application/json", "{\"name\": \"load\"}");
                if (response.status() == 201) {
                    acknowledged.add(response.json().get("id").asText());
                } else {
                    refusals.add(new Answer(
                            response.status(),
                            response.header("Retry-After"),
                            Duration.ofNanos(System.nanoTime() - started)));
                }
            } catch (RuntimeException connectionLost) {
                // the process went away: nothing acknowledged
            }
        }
    }

    List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    List<Answer> refusals() {
        return List.copyOf(refusals);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread writer : writers) {
            writer.join(30_000);
        }
    }
}
