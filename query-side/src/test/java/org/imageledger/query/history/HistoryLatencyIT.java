package org.imageledger.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Measures, and only prints, how long the audit reads of an image with 10,000 events take over HTTP: the first page
 * of 1000, a walk through all pages, the latest as-of and blame; the minimum and median of several rounds after a
 * warm-up. Opt-in: {@code mvn -pl query-side -am verify -Dit.test=HistoryLatencyIT -Dhistory.latency}.
 */
@AuditApiTest
@EnabledIfSystemProperty(named = "history.latency", matches = ".*")
class HistoryLatencyIT {

    static final int EVENTS = 10_000;
    static final int BATCH = 500;
    static final int WARM_UP = 3;
    static final int ROUNDS = 10;

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void measuresTheAuditReadsOfAnImageWithTenThousandEvents() {
        String id = imageWithTenThousandEvents();
        AuditApiClient api = new AuditApiClient(port);
        String history = "/v2/images/" + id + "/history?limit=1000";
        Map<String, Runnable> reads = new LinkedHashMap<>();
        reads.put("first page of 1000", () -> api.get(history));
        reads.put("walk of all 10 pages", () -> walk(api, history));
        reads.put("as_of_version of the latest", () -> api.get("/v2/images/" + id + "?as_of_version=" + (EVENTS - 1)));
        reads.put("blame", () -> api.get("/v2/images/" + id + "/blame"));
        reads.forEach((name, read) -> {
            for (int i = 0; i < WARM_UP; i++) {
                read.run();
            }
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                long started = System.nanoTime();
                read.run();
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
            millis.sort(null);
            System.out.printf("%d events, %s: min %d ms, median %d ms%n", EVENTS, name, millis.get(0),
                    millis.get(ROUNDS / 2));
        });
    }

    private String imageWithTenThousandEvents() {
        String id = Ledger.newImageId();
        Ledger ledger = new Ledger(eventStore, jdbc);
        ledger.append(0, Ledger.created(id, "busy"));
        for (int first = 1; first < EVENTS; first += BATCH) {
            List<ImageEvent> batch = new ArrayList<>();
            for (int v = first; v < Math.min(first + BATCH, EVENTS); v++) {
                batch.add(v % 2 == 0 ? new ImageMinRamChanged(id, v) : new ImagePropertySet(id, "k" + v % 50, "v" + v));
            }
            ledger.append(first, batch.toArray(ImageEvent[]::new));
        }
        return id;
    }

    private static void walk(AuditApiClient api, String first) {
        String next = first;
        while (next != null) {
            JsonNode page = api.get(next).json();
            next = page.has("next") ? page.get("next").asText() : null;
        }
    }
}
