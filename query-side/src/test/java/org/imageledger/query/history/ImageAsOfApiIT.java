package org.imageledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imageledger.query.history.ErrorShape.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.events.ImageDeleted;
import org.imageledger.events.ImageMinRamChanged;
import org.imageledger.events.ImageRenamed;
import org.imageledger.events.ImageTagAdded;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The image as it stood at a version or an instant: versions 0–2 an hour apart, then deleted at version 3. */
@AuditApiTest
class ImageAsOfApiIT {

    static final Instant T0 = Instant.parse("2020-05-01T10:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    LedgerClient api;
    String id;

    @BeforeEach
    void imageWithADatedHistory() {
        api = AuditApi.client(port);
        Ledger ledger = new Ledger(eventStore, jdbc);
        id = Ledger.newImageId();
        ledger.append(0, T0, Ledger.created(id, "cirros"));
        ledger.append(1, T0.plus(1, ChronoUnit.HOURS), new ImageRenamed(id, "ubuntu"), new ImageTagAdded(id, "lts"));
        ledger.append(3, T0.plus(2, ChronoUnit.HOURS), new ImageMinRamChanged(id, 512));
        ledger.append(4, T0.plus(3, ChronoUnit.HOURS), new ImageDeleted(id));
    }

    @Test
    void showsTheImageAsItStoodAtAVersionWithItsVersionAndETag() {
        Reply response = api.get("/v2/images/" + id + "?as_of_version=1");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"1\"");
        JsonNode image = response.json();
        assertThat(image.get("id").asText()).isEqualTo(id);
        assertThat(image.get("version").asLong()).isEqualTo(1);
        assertThat(image.get("name").asText()).isEqualTo("ubuntu");
        assertThat(image.get("tags")).isEmpty();
        assertThat(image.get("updated_at").asText()).isEqualTo("2020-05-01T11:00:00Z");
    }

    @Test
    void showsTheImageAsItStoodAtAnInstant() {
        JsonNode beforeRename =
                api.get("/v2/images/" + id + "?as_of=2020-05-01T10:59:59Z").json();
        assertThat(beforeRename.get("version").asLong()).isZero();
        assertThat(beforeRename.get("name").asText()).isEqualTo("cirros");

        Reply atSecondWrite = api.get("/v2/images/" + id + "?as_of=2020-05-01T14:00:00%2B02:00");
        assertThat(atSecondWrite.header("ETag")).isEqualTo("\"3\"");
        assertThat(atSecondWrite.json().get("min_ram").asLong()).isEqualTo(512);
        assertThat(atSecondWrite.json().get("tags").get(0).asText()).isEqualTo("lts");
    }

    @Test
    void answersNotFoundBeforeCreationAfterDeletionAndPastTheLatestVersion() {
        assertError(api.get("/v2/images/" + id + "?as_of=2020-05-01T09:59:59Z"), 404);
        assertError(api.get("/v2/images/" + id + "?as_of=2020-05-01T13:00:00Z"), 404);
        assertError(api.get("/v2/images/" + id + "?as_of_version=4"), 404);
        assertError(api.get("/v2/images/" + id + "?as_of_version=5"), 404);
        assertError(api.get("/v2/images/" + Ledger.newImageId() + "?as_of_version=0"), 404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "as_of_version=-1",
                "as_of_version=one",
                "as_of_version=",
                "as_of=yesterday",
                "as_of=2020-05-01",
                "as_of=2020-05-01T10:00:00",
                "as_of=2020-13-01T10:00:00Z",
                "as_of=",
                "as_of_version=1&as_of=2020-05-01T10:00:00Z"
            })
    void refusesMalformedValues(String query) {
        assertError(api.get("/v2/images/" + id + "?" + query), 400);
    }
}
