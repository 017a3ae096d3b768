package org.imageledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.command.CommandNodeApplication;
import org.imageledger.events.ImagePropertySet;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Images written here are kept in memory between writes, but other command nodes append to the same store: a kept
 * image must never stand in for one that has moved on. The other node is played by appending straight to the store.
 */
@SpringBootTest(classes = CommandNodeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImageCacheIT {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Test
    void anImageAnotherNodeAppendedToIsLoadedAfresh() {
        LedgerClient api = new LedgerClient(port);
        String id = api.create("{\"name\": \"kept\"}").json().get("id").asText();
        long kept = api.patch(id, add("here", "1")).json().get("version").asLong();

        eventStore.publish(
                new GenericDomainEventMessage<>("Image", id, kept + 1, new ImagePropertySet(id, "elsewhere", "2")));

        Reply strict = api.patch(id, add("after", "3"), Map.of("If-Match", "\"" + (kept + 1) + "\""));
        assertThat(strict.status()).as(strict.body()).isEqualTo(200);
        JsonNode image = strict.json();
        assertThat(image.get("version").asLong()).isEqualTo(kept + 2);
        assertThat(image.get("here").asText()).isEqualTo("1");
        assertThat(image.get("elsewhere").asText()).isEqualTo("2");
        assertThat(image.get("after").asText()).isEqualTo("3");
    }

    @Test
    void aVersionCheckAgainstAnImageKeptHereStillRefusesAStaleVersion() {
        LedgerClient api = new LedgerClient(port);
        String id = api.create("{\"name\": \"kept\"}").json().get("id").asText();
        long kept = api.patch(id, add("a", "1")).json().get("version").asLong();
        api.patch(id, add("a", "2"));

        Reply stale = api.patch(id, add("a", "3"), Map.of("If-Match", "\"" + kept + "\""));

        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(api.patch(id, "[]").json().get("a").asText()).isEqualTo("2");
    }

    private static String add(String key, String value) {
        return "[{\"op\": \"add\", \"path\": \"/" + key + "\", \"value\": \"" + value + "\"}]";
    }
}
