package org.imageledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imageledger.query.history.ErrorShape.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.events.ImageDeleted;
import org.imageledger.events.ImagePropertySet;
import org.imageledger.events.ImageRenamed;
import org.imageledger.events.ImageTagAdded;
import org.imageledger.events.ImageTagRemoved;
import org.imageledger.testing.LedgerClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@AuditApiTest
class ImageHistoryApiIT {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    LedgerClient api;
    Ledger ledger;
    String id;

    @BeforeEach
    void deletedImageWithSixEvents() {
        api = AuditApi.client(port);
        ledger = new Ledger(eventStore, jdbc);
        id = Ledger.newImageId();
        ledger.append(
                0,
                Ledger.created(id, "cirros"),
                new ImageRenamed(id, "ubuntu"),
                new ImagePropertySet(id, "os_distro", "ubuntu"),
                new ImageTagAdded(id, "lts"),
                new ImageTagRemoved(id, "lts"),
                new ImageDeleted(id));
    }

    @Test
    void listsEveryEventOldestFirstWithOldValuesFromTheFoldEvenAfterDeletion() {
        JsonNode page = api.get("/v2/images/" + id + "/history").json();

        assertThat(page.get("image_id").asText()).isEqualTo(id);
        assertThat(page.has("next")).isFalse();
        JsonNode entries = page.get("entries");
        assertThat(entries).hasSize(6);
        for (int v = 0; v < 6; v++) {
            JsonNode entry = entries.get(v);
            assertThat(entry.get("version").asLong()).isEqualTo(v);
            assertThat(entry.get("position").asLong()).isEqualTo(ledger.position(id, v));
            assertThat(entry.get("actor").asText()).isEqualTo(Ledger.ACTOR);
            assertThat(entry.get("request_id").asText()).isEqualTo("req-" + v);
            assertThat(entry.get("recorded_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        }
        assertThat(entries.get(0).get("event").asText()).isEqualTo("ImageCreated");
        assertThat(changes(entries.get(0))).contains("name: null -> \"cirros\"", "status: null -> \"queued\"");
        assertThat(changes(entries.get(1))).containsExactly("name: \"cirros\" -> \"ubuntu\"");
        assertThat(changes(entries.get(2))).containsExactly("os_distro: null -> \"ubuntu\"");
        assertThat(changes(entries.get(3))).containsExactly("tags/lts: null -> \"lts\"");
        assertThat(changes(entries.get(4))).containsExactly("tags/lts: \"lts\" -> null");
        assertThat(entries.get(5).get("event").asText()).isEqualTo("ImageDeleted");
        assertThat(changes(entries.get(5))).containsExactly("status: \"queued\" -> \"deleted\"");
    }

    @Test
    void pagesFollowTheNextLinkToTheSameEntriesAsOnePage() {
        List<JsonNode> paged = new ArrayList<>();
        String next = "/v2/images/" + id + "/history?limit=2";
        int pages = 0;
        while (next != null) {
            JsonNode page = api.get(next).json();
            page.get("entries").forEach(paged::add);
            next = page.has("next") ? page.get("next").asText() : null;
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(paged)
                .containsExactlyElementsOf(
                        api.get("/v2/images/" + id + "/history").json().get("entries"));
    }

    @Test
    void startsAtTheRequestedVersionAndIsEmptyPastTheEnd() {
        JsonNode from =
                api.get("/v2/images/" + id + "/history?from_version=4&limit=1").json();
        assertThat(from.get("entries").get(0).get("version").asLong()).isEqualTo(4);
        assertThat(from.get("next").asText()).isEqualTo("/v2/images/" + id + "/history?from_version=5&limit=1");

        JsonNode past = api.get("/v2/images/" + id + "/history?from_version=6").json();
        assertThat(past.get("entries")).isEmpty();
        assertThat(past.has("next")).isFalse();
    }

    @Test
    void answersNotFoundForAnUnknownImage() {
        assertError(api.get("/v2/images/" + Ledger.newImageId() + "/history"), 404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "from_version=-1",
                "from_version=abc",
                "from_version=",
                "from_version=1.5",
                "from_version=99999999999999999999",
                "limit=0",
                "limit=1001",
                "limit=-3",
                "limit=ten"
            })
    void refusesMalformedOrOutOfRangeParameters(String query) {
        assertError(api.get("/v2/images/" + id + "/history?" + query), 400);
    }

    /** Each change as {@code field: old -> new}, values as JSON. */
    static List<String> changes(JsonNode entry) {
        List<String> changes = new ArrayList<>();
        entry.get("changes")
                .forEach(change -> changes.add(
                        change.get("field").asText() + ": " + change.get("old") + " -> " + change.get("new")));
        return changes;
    }
}
