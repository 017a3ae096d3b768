package org.imageledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.command.CommandNodeApplication;
import org.imageledger.infrastructure.store.AuditMetadata;
import org.imageledger.testing.LedgerClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tokens decide who writes; refusals write nothing, and events record the caller, never its token. */
@SpringBootTest(classes = CommandNodeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WriteAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Test
    void aMissingOrUnknownTokenIsUnauthorized() {
        assertThat(new LedgerClient(port, null).create("{}").status()).isEqualTo(401);
        var unknown = new LedgerClient(port, "nobody").create("{}");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().get("code").asText()).isEqualTo("401 Unauthorized");
    }

    @Test
    void aReaderMayNotCreate() {
        assertThat(new LedgerClient(port, "demo-reader").create("{}").status()).isEqualTo(403);
    }

    @Test
    void aMembersImageBelongsToItsProjectAndRecordsItsActor() {
        var member = new LedgerClient(port, "demo-member");
        var created = member.create("{\"name\": \"mine\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("owner").asText()).isEqualTo("demo");
        var event = eventStore.readEvents(created.json().get("id").asText(), 0).next();
        assertThat(event.getMetaData().get(AuditMetadata.ACTOR)).isEqualTo("demo:member");
        assertThat(event.getMetaData().values()).doesNotContain("demo-member");
    }

    @Test
    void anotherProjectsPrivateImageIsNotFoundAndItsPublicOneForbidden() {
        var admin = new LedgerClient(port);
        var stranger = new LedgerClient(port, "other-member");
        String hidden = admin.create("{\"visibility\": \"private\", \"owner\": \"demo\"}")
                .json()
                .get("id")
                .asText();
        String open = admin.create("{\"visibility\": \"public\", \"owner\": \"demo\"}")
                .json()
                .get("id")
                .asText();
        String rename = "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"x\"}]";
        assertThat(stranger.patch(hidden, rename).status()).isEqualTo(404);
        assertThat(stranger.patch(open, rename).status()).isEqualTo(403);
        assertThat(stranger.send("DELETE", "/v2/images/" + hidden, null, null, Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(admin.patch(hidden, "[]").json().get("version").asLong()).isZero();
        assertThat(admin.patch(open, "[]").json().get("version").asLong()).isZero();
    }

    @Test
    void onlyAnAdminPublicizesOrSetsTheOwner() {
        var member = new LedgerClient(port, "demo-member");
        var publicized = member.create("{\"visibility\": \"public\"}");
        assertThat(publicized.status()).isEqualTo(403);
        assertThat(publicized.json().get("message").asText())
                .isEqualTo("You are not authorized to complete publicize_image action.");
        assertThat(member.create("{\"owner\": \"other\"}").status()).isEqualTo(403);
        String id = member.create("{}").json().get("id").asText();
        assertThat(member.patch(id, "[{\"op\": \"replace\", \"path\": \"/owner\", \"value\": \"other\"}]")
                        .status())
                .isEqualTo(403);
        assertThat(new LedgerClient(port)
                        .patch(id, "[{\"op\": \"replace\", \"path\": \"/visibility\", \"value\": \"public\"}]")
                        .status())
                .isEqualTo(200);
    }
}
