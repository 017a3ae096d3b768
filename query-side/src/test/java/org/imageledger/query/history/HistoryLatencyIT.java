package org.imageledger.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageMinRamChanged;
import org.imageledger.events.ImagePropertySet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures, and only prints, how long the history of an image with 10,000 events takes over HTTP: the first page of
 * 1000, and a walk of all pages. Opt-in: {@code mvn -pl query-side verify -Dit.test=HistoryLatencyIT -Dhistory.latency}.
 */
@AuditApiTest
@EnabledIfSystemProperty(named = "history.latency", matches = ".*")
class HistoryLatencyIT {

    static final int EVENTS = 10_000;
    static final int ROUNDS = 5;

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void measuresTheHistoryOfAnImageWithTenThousandEvents() {
        String id = Ledger.newImageId();
        Ledger ledger = new Ledger(eventStore, jdbc);
        ledger.append(0, Ledger.created(id, "busy"));
        for (int version = 1; version < EVENTS; version += 500) {
            List<ImageEvent> batch = new ArrayList<>();
            for (int v = version; v < Math.min(version + 500, EVENTS); v++) {
                batch.add(v % 2 == 0 ? new ImageMinRamChanged(id, v) : new ImagePropertySet(id, "k" + v % 50, "v" + v));
            }
            ledger.append(version, batch.toArray(ImageEvent[]::new));
        }
        AuditApiClient api = new AuditApiClient(port);
        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            JsonNode first = api.get("/v2/images/" + id + "/history?limit=1000").json();
            long firstPage = System.nanoTime() - started;
            int entries = first.get("entries").size();
            String next = first.get("next").asText();
            while (next != null) {
                JsonNode page = api.get(next).json();
                entries += page.get("entries").size();
                next = page.has("next") ? page.get("next").asText() : null;
            }
            long walk = System.nanoTime() - started;
            long asOf = timed(() -> api.get("/v2/images/" + id + "?as_of_version=" + (EVENTS - 1)));
            long blame = timed(() -> api.get("/v2/images/" + id + "/blame"));
            System.out.printf("history of %d events, round %d: first page of 1000 %d ms, walk of %d entries in"
                            + " pages of 1000 %d ms, latest as-of %d ms, blame %d ms%n",
                    EVENTS, round + 1, firstPage / 1_000_000, entries, walk / 1_000_000, asOf / 1_000_000,
                    blame / 1_000_000);
        }
    }

    private static long timed(Runnable request) {
        long started = System.nanoTime();
        request.run();
        return System.nanoTime() - started;
    }
}
