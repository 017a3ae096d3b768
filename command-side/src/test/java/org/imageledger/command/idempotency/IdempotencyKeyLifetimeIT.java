package org.imageledger.command.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.imageledger.command.CommandNodeApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A key is refused while a request holds it, and forgotten once its retention has passed. */
@SpringBootTest(
        classes = CommandNodeApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"image-ledger.idempotency.retention=2s", "image-ledger.idempotency.purge-interval=200ms"})
class IdempotencyKeyLifetimeIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    StoredAnswers answers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aKeyHeldByARequestInFlightIsRefusedWithoutWriting() {
        long events = events();
        int status = transactions.execute(tx -> {
            assertThat(answers.tryTake("demo", "held")).isTrue();
            return create("held", "{\"name\": \"in-flight\"}").statusCode();
        });
        assertThat(status).isEqualTo(409);
        assertThat(events()).isEqualTo(events);
        assertThat(create("held", "{\"name\": \"in-flight\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void aKeyPastItsRetentionIsPurgedAndMeansANewRequest() {
        var first = create("short-lived", "{\"name\": \"first\"}");
        assertThat(first.statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM idempotent_request WHERE idempotency_key = 'short-lived'",
                                Long.class)
                        == 0);
        var second = create("short-lived", "{\"name\": \"second\"}");
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.headers().firstValue("Location"))
                .isNotEqualTo(first.headers().firstValue("Location"));
    }

    private HttpResponse<String> create(String key, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v2/images"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("X-Auth-Token", "demo-member")
                .header("Idempotency-Key", key)
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }
}
