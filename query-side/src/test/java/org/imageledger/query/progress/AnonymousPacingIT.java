package org.imageledger.query.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.imageledger.query.QueryNodeTest;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Beyond the anonymous pace (here one request a second, no burst to speak of, held at most 1.5 s), a request without
 * a token is answered when its slot comes, and one whose slot lies beyond that is refused with 429 a Retry-After
 * later: neither answers at once, so a client looping on them cannot spin. Authenticated requests are not paced.
 */
@TestPropertySource(
        properties = {
            "image-ledger.anonymous.rate=1",
            "image-ledger.anonymous.burst=1",
            "image-ledger.anonymous.max-delay=1500ms"
        })
class AnonymousPacingIT extends QueryNodeTest {

    private static final Duration HELD = Duration.ofMillis(900);

    @Test
    void beyondThePaceAnAnswerWaitsForItsSlotAndARefusalForItsRetryAfter() {
        LedgerClient anonymous = api.withToken(null);
        assertThat(anonymous.get("/versions").status()).isEqualTo(200);

        // the first to reserve waits a second for its slot; the other's slot lies beyond 1.5 s
        List<CompletableFuture<Timed>> both = List.of(
                CompletableFuture.supplyAsync(() -> timed(() -> anonymous.get("/v2/images"))),
                CompletableFuture.supplyAsync(() -> timed(() -> anonymous.get("/v2/images"))));
        Timed authenticated = timed(() -> api.get("/v2/images"));
        List<Timed> answers = both.stream()
                .map(CompletableFuture::join)
                .sorted(Comparator.comparingInt(timed -> timed.reply().status()))
                .toList();

        assertThat(authenticated.reply().status()).isEqualTo(200);
        assertThat(authenticated.took()).isLessThan(HELD);
        Timed unauthorized = answers.get(0);
        assertThat(unauthorized.reply().status()).isEqualTo(401);
        assertThat(unauthorized.reply().json().path("status").asInt()).isEqualTo(401);
        assertThat(unauthorized.took()).isGreaterThanOrEqualTo(HELD);
        Timed tooMany = answers.get(1);
        assertThat(tooMany.reply().status()).as(tooMany.reply().body()).isEqualTo(429);
        assertThat(tooMany.reply().header("Retry-After")).isEqualTo("1");
        assertThat(tooMany.reply().json().path("type").asText()).isEqualTo("too_many_requests");
        assertThat(tooMany.took()).isGreaterThanOrEqualTo(HELD);
    }

    private record Timed(Reply reply, Duration took) {}

    private static Timed timed(Supplier<Reply> request) {
        long start = System.nanoTime();
        Reply reply = request.get();
        return new Timed(reply, Duration.ofNanos(System.nanoTime() - start));
    }
}
