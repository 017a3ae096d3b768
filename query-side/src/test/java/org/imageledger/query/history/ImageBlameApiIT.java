package org.imageledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imageledger.query.history.ErrorShape.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.events.ImageDeleted;
import org.imageledger.events.ImagePropertyRemoved;
import org.imageledger.events.ImagePropertySet;
import org.imageledger.events.ImageRenamed;
import org.imageledger.events.ImageTagAdded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@AuditApiTest
class ImageBlameApiIT {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void creditsEveryPresentFieldToTheEventThatGaveItItsValue() {
        String id = Ledger.newImageId();
        new Ledger(eventStore, jdbc)
                .append(
                        0,
                        Ledger.created(id, "cirros"),
                        new ImagePropertySet(id, "gone", "x"),
                        new ImageRenamed(id, "ubuntu"),
                        new ImageTagAdded(id, "lts"),
                        new ImagePropertySet(id, "kept", "y"),
                        new ImagePropertyRemoved(id, "gone"));

        JsonNode blame =
                AuditApi.client(port).get("/v2/images/" + id + "/blame").json();

        assertThat(blame.get("image_id").asText()).isEqualTo(id);
        assertThat(blame.get("version").asLong()).isEqualTo(5);
        JsonNode fields = blame.get("fields");
        assertThat(names(fields))
                .containsExactlyInAnyOrder(
                        "name",
                        "disk_format",
                        "container_format",
                        "visibility",
                        "protected",
                        "min_ram",
                        "min_disk",
                        "owner",
                        "os_hidden",
                        "status",
                        "kept",
                        "tags/lts");
        assertThat(fields.get("name").get("version").asLong()).isEqualTo(2);
        assertThat(fields.get("tags/lts").get("version").asLong()).isEqualTo(3);
        assertThat(fields.get("kept").get("version").asLong()).isEqualTo(4);
        assertThat(fields.get("disk_format").get("version").asLong()).isZero();
        assertThat(fields.get("kept").get("actor").asText()).isEqualTo(Ledger.ACTOR);
        assertThat(fields.get("kept").get("recorded_at").asText()).endsWith("Z");
    }

    @Test
    void blamesADeletedImageAsItStoodWhenDeleted() {
        String id = Ledger.newImageId();
        new Ledger(eventStore, jdbc).append(0, Ledger.created(id, "cirros"), new ImageDeleted(id));

        JsonNode fields =
                AuditApi.client(port).get("/v2/images/" + id + "/blame").json().get("fields");

        assertThat(fields.get("status").get("version").asLong()).isEqualTo(1);
        assertThat(fields.get("name").get("version").asLong()).isZero();
    }

    @Test
    void answersNotFoundForAnUnknownImage() {
        assertError(AuditApi.client(port).get("/v2/images/" + Ledger.newImageId() + "/blame"), 404);
    }

    private static List<String> names(JsonNode fields) {
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
