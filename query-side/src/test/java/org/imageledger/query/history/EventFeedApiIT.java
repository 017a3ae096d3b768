package org.imageledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imageledger.query.history.ErrorShape.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.events.ImageRenamed;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@AuditApiTest
class EventFeedApiIT {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    LedgerClient api;
    Ledger ledger;
    long before;

    @BeforeEach
    void startAtTheHead() {
        api = AuditApi.client(port);
        ledger = new Ledger(eventStore, jdbc);
        before = ledger.head();
    }

    @Test
    void writesOneLinePerEventInGlobalOrderWithItsPayload() {
        String a = Ledger.newImageId();
        String b = Ledger.newImageId();
        ledger.append(0, Ledger.created(a, "a"));
        ledger.append(0, Ledger.created(b, "b"));
        ledger.append(1, new ImageRenamed(a, "a2"));

        Reply response = api.get("/v2/events?after_position=" + before);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/x-ndjson");
        List<JsonNode> lines = response.lines();
        assertThat(lines)
                .extracting(line -> line.get("image_id").asText() + "@"
                        + line.get("version").asLong())
                .containsExactly(a + "@0", b + "@0", a + "@1");
        assertThat(lines)
                .extracting(line -> line.get("position").asLong())
                .isSorted()
                .allMatch(p -> p > before);
        JsonNode renamed = lines.get(2);
        assertThat(renamed.get("position").asLong()).isEqualTo(ledger.position(a, 1));
        assertThat(renamed.get("event").asText()).isEqualTo("ImageRenamed");
        assertThat(renamed.get("actor").asText()).isEqualTo(Ledger.ACTOR);
        assertThat(renamed.get("request_id").asText()).isEqualTo("req-1");
        assertThat(Instant.parse(renamed.get("recorded_at").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(renamed.get("payload").get("name").asText()).isEqualTo("a2");
        assertThat(renamed.get("payload").get("imageId").asText()).isEqualTo(a);

        List<JsonNode> resumed = api.get(
                        "/v2/events?limit=1&after_position=" + lines.get(0).get("position"))
                .lines();
        assertThat(resumed)
                .singleElement()
                .satisfies(line -> assertThat(line.get("image_id").asText()).isEqualTo(b));
    }

    @Test
    void anAppendInFlightHoldsLaterAppendsSoTheFeedShowsThemInCommitOrder() throws Exception {
        String slow = Ledger.newImageId();
        String fast = Ledger.newImageId();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> inFlight = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            ledger.append(0, Ledger.created(slow, "slow"));
            appended.countDown();
            awaitQuietly(commit);
        }));
        assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> behind =
                CompletableFuture.runAsync(() -> ledger.append(0, Ledger.created(fast, "fast")));

        List<JsonNode> whileInFlight =
                api.get("/v2/events?after_position=" + before).lines();
        boolean appendedMeanwhile = behind.isDone();
        commit.countDown();
        inFlight.get(30, TimeUnit.SECONDS);
        behind.get(30, TimeUnit.SECONDS);
        List<JsonNode> afterCommit =
                api.get("/v2/events?after_position=" + before).lines();

        assertThat(appendedMeanwhile).isFalse();
        assertThat(whileInFlight)
                .extracting(line -> line.get("image_id").asText())
                .doesNotContain(slow, fast);
        assertThat(afterCommit)
                .extracting(line -> line.get("image_id").asText())
                .containsExactly(slow, fast);
    }

    @Test
    void passesAHoleLeftByARolledBackAppendAtOnce() {
        String rolledBack = Ledger.newImageId();
        String later = Ledger.newImageId();
        transactions.executeWithoutResult(tx -> {
            ledger.append(0, Ledger.created(rolledBack, "never"));
            tx.setRollbackOnly();
        });
        ledger.append(0, Ledger.created(later, "later"));

        List<JsonNode> lines = api.get("/v2/events?after_position=" + before).lines();

        assertThat(lines).extracting(line -> line.get("image_id").asText()).containsExactly(later);
        assertThat(lines.get(0).get("position").asLong()).isGreaterThan(before + 1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "after_position=-1",
                "after_position=x",
                "after_position=",
                "limit=0",
                "limit=10001",
                "limit=many"
            })
    void refusesMalformedOrOutOfRangeParameters(String query) {
        assertError(api.get("/v2/events?" + query), 400);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
