package org.imageledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;

/**
 * A consumer of {@code /v2/events} that keeps polling on a thread of its own, each page resumed after the last
 * position it saw, as an auditor's mirror would.
 */
final class FeedReader implements AutoCloseable {

    private final LedgerClient auditor;
    private final List<Long> positions = new ArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;
    private volatile long last;

    FeedReader(int port, long after) {
        this.auditor = new LedgerClient(port, "auditor-secret");
        this.last = after;
        this.thread = new Thread(this::poll, "feed-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        while (!stopped) {
            // Min-Position 0: the feed reads the events, so it need not wait for the projection
            Reply page = auditor.send(
                    "GET", "/v2/events?limit=1000&after_position=" + last, null, null, Map.of("Min-Position", "0"));
            assertThat(page.status()).isEqualTo(200);
            for (JsonNode line : page.lines()) {
                long position = line.get("position").asLong();
                synchronized (positions) {
                    positions.add(position);
                }
                last = position;
            }
        }
    }

    long last() {
        return last;
    }

    List<Long> positions() {
        synchronized (positions) {
            return List.copyOf(positions);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.join();
    }
}
