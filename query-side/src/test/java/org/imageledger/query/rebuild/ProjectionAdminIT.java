package org.imageledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.imageledger.infrastructure.access.AccessConfiguration;
import org.imageledger.query.Api;
import org.imageledger.query.QueryNodeApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The projection admin API with authentication on. The query node does not register the authentication filter yet,
 * so this context adds it; the other query-side tests run without tokens.
 */
@SpringBootTest(
        classes = {QueryNodeApplication.class, AccessConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "image-ledger.ephemeral=true",
            "image-ledger.auth.tokens.admin-token=admin:admin",
            "image-ledger.auth.tokens.auditor-token=audit:auditor",
            "image-ledger.auth.tokens.reader-token=demo:reader"
        })
class ProjectionAdminIT {

    private static final String PATH = "/v2/admin/projections/image-metadata";

    @LocalServerPort
    int port;

    @Autowired
    ProjectionRebuild rebuild;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void statusIsForAdminsAndAuditors() {
        assertThat(api.get(PATH).status()).isEqualTo(401);
        assertThat(api.get(PATH, "X-Auth-Token", "reader-token").status()).isEqualTo(403);
        Api.Reply reply = api.get(PATH, "X-Auth-Token", "auditor-token");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode status = reply.json();
        assertThat(status.path("name").asText()).isEqualTo("image-metadata");
        assertThat(status.has("position") && status.has("head") && status.has("lag") && status.has("rebuild")).isTrue();
    }

    @Test
    void rebuildAndVerifyAreForAdmins() {
        assertThat(api.send("POST", PATH + "/rebuild", "X-Auth-Token", "auditor-token").status()).isEqualTo(403);
        assertThat(api.send("POST", PATH + "/verify", "X-Auth-Token", "reader-token").status()).isEqualTo(403);
    }

    @Test
    void rebuildIsAcceptedThenPolledToCompletion() {
        Api.Reply started = api.send("POST", PATH + "/rebuild", "X-Auth-Token", "admin-token");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().path("rebuild").path("state").asText()).isIn("running", "verifying", "completed");

        JsonNode finished = await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get(PATH, "X-Auth-Token", "admin-token").json().path("rebuild"),
                        rebuild -> rebuild.path("state").asText().matches("completed|failed"));
        assertThat(finished.path("state").asText()).isEqualTo("completed");
        for (String field : new String[] {"done", "total", "events_per_second", "eta_seconds", "started_at",
            "finished_at", "mismatches"}) {
            assertThat(finished.has(field)).as(field).isTrue();
        }
        JsonNode verified = api.send("POST", PATH + "/verify", "X-Auth-Token", "admin-token").json();
        assertThat(verified.path("mismatch_count").asLong()).isZero();
    }

    @Test
    void secondRebuildWhileOneRunsIsRefusedWithConflict() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        rebuild.start(() -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(api.send("POST", PATH + "/rebuild", "X-Auth-Token", "admin-token").status()).isEqualTo(409);
        } finally {
            release.countDown();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> rebuild.status().orElseThrow().state().finished());
    }
}
