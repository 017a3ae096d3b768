package org.imageledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imageledger.query.history.ErrorShape.assertError;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.events.ImageOwnerChanged;
import org.imageledger.events.ImageVisibilityChanged;
import org.imageledger.testing.LedgerClient;
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

    LedgerClient api;
    Ledger ledger;
    String id;

    @BeforeEach
    void sharedImageOfProjectA() {
        api = AuditApi.client(port);
        ledger = new Ledger(eventStore, jdbc);
        id = Ledger.newImageId();
        ledger.append(0, Ledger.created(id, "a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/history", "/blame", "?as_of_version=0", "?as_of=2100-01-01T00:00:00Z"})
    void showsAnImageToItsProjectAndAuditorsButHidesItFromOthers(String path) {
        assertThat(api.withToken("reader-a").get("/v2/images/" + id + path).status())
                .isEqualTo(200);
        assertThat(api.withToken("auditor").get("/v2/images/" + id + path).status())
                .isEqualTo(200);
        assertError(api.withToken("reader-b").get("/v2/images/" + id + path), 404);
        assertError(api.withToken(null).get("/v2/images/" + id + path), 401);
    }

    @Test
    void followsTheImagesCurrentOwnerAndVisibility() {
        ledger.append(1, new ImageOwnerChanged(id, "project-b"));
        assertError(api.withToken("reader-a").get("/v2/images/" + id + "/history"), 404);
        assertThat(api.withToken("reader-b")
                        .get("/v2/images/" + id + "/history")
                        .status())
                .isEqualTo(200);

        ledger.append(2, new ImageVisibilityChanged(id, "public"));
        assertThat(api.withToken("reader-a")
                        .get("/v2/images/" + id + "?as_of_version=0")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void opensTheEventFeedToAuditorsAndAdminsOnly() {
        long head = ledger.head();
        assertThat(api.withToken("auditor")
                        .get("/v2/events?after_position=" + head)
                        .status())
                .isEqualTo(200);
        assertThat(api.withToken(AuditApi.ADMIN_TOKEN)
                        .get("/v2/events?after_position=" + head)
                        .status())
                .isEqualTo(200);
        assertError(api.withToken("member-a").get("/v2/events?after_position=" + head), 403);
        assertError(api.withToken("reader-a").get("/v2/events?after_position=" + head), 403);
        assertError(api.withToken(null).get("/v2/events"), 401);
    }
}
