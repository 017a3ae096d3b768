package org.imageledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.imageledger.query.QueryNodeTest;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The projection admin API: who may use it, the status document, 202 then polling, and 409. */
class ProjectionAdminIT extends QueryNodeTest {

    private static final String PATH = "/v2/admin/projections/image-metadata";

    @Autowired
    ProjectionRebuild rebuild;

    @Test
    void statusIsForAdminsAndAuditors() {
        assertThat(new LedgerClient(port, null).get(PATH).status()).isEqualTo(401);
        assertThat(api.withToken("demo-reader").get(PATH).status()).isEqualTo(403);
        Reply reply = api.withToken("auditor-secret").get(PATH);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode status = reply.json();
        assertThat(status.path("name").asText()).isEqualTo("image-metadata");
        assertThat(status.has("position") && status.has("head") && status.has("lag") && status.has("rebuild"))
                .isTrue();
    }

    @Test
    void rebuildAndVerifyAreForAdmins() {
        assertThat(api.withToken("auditor-secret")
                        .send("POST", PATH + "/rebuild")
                        .status())
                .isEqualTo(403);
        assertThat(api.withToken("demo-reader").send("POST", PATH + "/verify").status())
                .isEqualTo(403);
    }

    @Test
    void rebuildIsAcceptedThenPolledToCompletion() {
        Reply started = api.send("POST", PATH + "/rebuild");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().path("rebuild").path("state").asText()).isIn("running", "verifying", "completed");

        JsonNode finished = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.get(PATH).json().path("rebuild"),
                        rebuild -> rebuild.path("state").asText().matches("completed|failed"));
        assertThat(finished.path("state").asText()).isEqualTo("completed");
        for (String field : new String[] {
            "done", "total", "events_per_second", "eta_seconds", "started_at", "finished_at", "mismatches"
        }) {
            assertThat(finished.has(field)).as(field).isTrue();
        }
        JsonNode verified = api.send("POST", PATH + "/verify").json();
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
            assertThat(api.send("POST", PATH + "/rebuild").status()).isEqualTo(409);
        } finally {
            release.countDown();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> rebuild.status().orElseThrow().state().finished());
    }
}
