package org.imageledger.standalone.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imageledger.standalone.StandaloneApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A write retried with the same {@code Idempotency-Key} gets its first answer again and appends nothing, also after a
 * restart; the same key for another request is refused; keys are per project.
 */
@DisabledIfEnvironmentVariable(
        named = "IMAGE_LEDGER_DATASOURCE_URL",
        matches = ".+",
        disabledReason = "restarts the embedded server, not an external one")
class IdempotencyKeyIT {

    private static final String ADMIN = "admin-secret";
    private static final String MEMBER = "member-secret";
    private static final String PATCH = "application/openstack-images-v2.1-json-patch";
    private static final List<String> ANSWER_HEADERS = List.of("ETag", "Ledger-Position", "Location", "Content-Type");

    @TempDir
    Path dataDir;

    @Test
    void aRetryGetsTheFirstAnswerAndAppendsNothingAcrossARestart() {
        Map<String, RawHttp.Response> first = new LinkedHashMap<>();
        String id;
        try (ConfigurableApplicationContext service = start()) {
            int port = port(service);
            first.put("create", request(port, "create", null));
            assertThat(first.get("create").status()).isEqualTo(201);
            id = first.get("create").json().get("id").asText();
            for (String what : List.of("patch", "tag", "member", "answer")) {
                first.put(what, request(port, what, id));
            }
            assertThat(first.get("member").status())
                    .as(first.get("member").text())
                    .isEqualTo(200);
            assertThat(first.get("answer").status())
                    .as(first.get("answer").text())
                    .isEqualTo(200);
            long events = events(service);

            for (var sent : first.entrySet()) {
                RawHttp.Response again = request(port, sent.getKey(), id);
                assertSameAnswer(again, sent.getValue());
            }
            assertThat(events(service)).isEqualTo(events);

            var otherBody =
                    send(port, ADMIN, "POST", "/v2/images", "application/json", "{\"name\": \"twice\"}", "k-create");
            assertThat(otherBody.status()).isEqualTo(422);
            assertThat(otherBody.json().get("status").asInt()).isEqualTo(422);
            var otherProject =
                    send(port, MEMBER, "POST", "/v2/images", "application/json", "{\"name\": \"once\"}", "k-create");
            assertThat(otherProject.status()).isEqualTo(201);
            assertThat(otherProject.json().get("id").asText()).isNotEqualTo(id);
            assertThat(events(service)).isEqualTo(events + 1);
        }
        try (ConfigurableApplicationContext restarted = start()) {
            int port = port(restarted);
            long events = events(restarted);
            for (var sent : first.entrySet()) {
                assertSameAnswer(request(port, sent.getKey(), id), sent.getValue());
            }
            var removed = send(port, ADMIN, "DELETE", "/v2/images/" + id + "/members/demo", null, null, "k-remove");
            assertThat(removed.status()).isEqualTo(204);
            assertSameAnswer(
                    send(port, ADMIN, "DELETE", "/v2/images/" + id + "/members/demo", null, null, "k-remove"), removed);
            var deleted = send(port, ADMIN, "DELETE", "/v2/images/" + id, null, null, "k-delete");
            assertThat(deleted.status()).isEqualTo(204);
            assertSameAnswer(send(port, ADMIN, "DELETE", "/v2/images/" + id, null, null, "k-delete"), deleted);
            assertThat(events(restarted)).isEqualTo(events + 2);
        }
    }

    /** The request {@code what} names, always the same, with its own key. */
    private static RawHttp.Response request(int port, String what, String id) {
        return switch (what) {
            case "create" ->
                send(
                        port,
                        ADMIN,
                        "POST",
                        "/v2/images",
                        "application/json",
                        "{\"name\": \"once\", \"visibility\": \"shared\"}",
                        "k-create");
            case "patch" ->
                send(
                        port,
                        ADMIN,
                        "PATCH",
                        "/v2/images/" + id,
                        PATCH,
                        "[{\"op\": \"add\", \"path\": \"/k\", \"value\": \"v\"}]",
                        "k-patch");
            case "tag" -> send(port, ADMIN, "PUT", "/v2/images/" + id + "/tags/t", null, null, "k-tag");
            case "member" ->
                send(
                        port,
                        ADMIN,
                        "POST",
                        "/v2/images/" + id + "/members",
                        "application/json",
                        "{\"member\": \"demo\"}",
                        "k-member");
            case "answer" ->
                send(
                        port,
                        MEMBER,
                        "PUT",
                        "/v2/images/" + id + "/members/demo",
                        "application/json",
                        "{\"status\": \"accepted\"}",
                        "k-answer");
            default -> throw new IllegalArgumentException(what);
        };
    }

    private static void assertSameAnswer(RawHttp.Response again, RawHttp.Response first) {
        assertThat(again.status()).as(again.text()).isEqualTo(first.status());
        for (String header : ANSWER_HEADERS) {
            assertThat(again.header(header)).as(header).isEqualTo(first.header(header));
        }
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    }

    private static RawHttp.Response send(
            int port, String token, String method, String path, String contentType, String body, String key) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Auth-Token", token);
        headers.put("Idempotency-Key", "\"" + key + "\"");
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(port, RawHttp.Request.of(method, path, headers, bytes, false));
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StandaloneApplication.class)
                .run(
                        "--server.port=0",
                        "--image-ledger.ephemeral=false",
                        "--image-ledger.data-dir=" + dataDir,
                        "--image-ledger.admin-token=" + ADMIN,
                        "--image-ledger.auth.tokens." + MEMBER + "=demo:member");
    }

    private static long events(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }
}
