package org.imageledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imageledger.query.history.ErrorShape.assertError;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.events.ImageOwnerChanged;
import org.imageledger.events.ImageVisibilityChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An image's past is for whoever may see the image now; the feed is for auditors and admins. */
@AuditApiTest
class AuditAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    AuditApiClient api;
    Ledger ledger;
    String id;

    @BeforeEach
    void sharedImageOfProjectA() {
        api = new AuditApiClient(port);
        ledger = new Ledger(eventStore, jdbc);
        id = Ledger.newImageId();
        ledger.append(0, Ledger.created(id, "a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/history", "/blame", "?as_of_version=0", "?as_of=2100-01-01T00:00:00Z"})
    void showsAnImageToItsProjectAndAuditorsButHidesItFromOthers(String path) {
        assertThat(api.get("/v2/images/" + id + path, "reader-a").status()).isEqualTo(200);
        assertThat(api.get("/v2/images/" + id + path, "auditor").status()).isEqualTo(200);
        assertError(api.get("/v2/images/" + id + path, "reader-b"), 404);
        assertError(api.get("/v2/images/" + id + path, null), 401);
    }

    @Test
    void followsTheImagesCurrentOwnerAndVisibility() {
        ledger.append(1, new ImageOwnerChanged(id, "project-b"));
        assertError(api.get("/v2/images/" + id + "/history", "reader-a"), 404);
        assertThat(api.get("/v2/images/" + id + "/history", "reader-b").status()).isEqualTo(200);

        ledger.append(2, new ImageVisibilityChanged(id, "public"));
        assertThat(api.get("/v2/images/" + id + "?as_of_version=0", "reader-a").status()).isEqualTo(200);
    }

    @Test
    void opensTheEventFeedToAuditorsAndAdminsOnly() {
        long head = ledger.head();
        assertThat(api.get("/v2/events?after_position=" + head, "auditor").status()).isEqualTo(200);
        assertThat(api.get("/v2/events?after_position=" + head, AuditApiClient.ADMIN).status()).isEqualTo(200);
        assertError(api.get("/v2/events?after_position=" + head, "member-a"), 403);
        assertError(api.get("/v2/events?after_position=" + head, "reader-a"), 403);
        assertError(api.get("/v2/events", null), 401);
    }
}
