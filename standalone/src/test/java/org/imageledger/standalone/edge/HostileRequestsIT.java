package org.imageledger.standalone.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;
import org.imageledger.standalone.StandaloneApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Requests a hostile or broken client sends. Each gets its exact 4xx in the documented error shape, as JSON unless it
 * asked for plain text, writes nothing, and leaves at most one WARN line and no stack trace in the log.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsIT {

    private static final String TOKEN = "admin-secret";
    private static final String IMAGE = "/v2/images/" + HostileRequest.IMAGE_ID;
    private static final String PATCH = "application/openstack-images-v2.1-json-patch";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void anImageToAimAt() {
        if (events() == 0) {
            var created = RawHttp.send(
                    port,
                    HostileRequest.authorized("POST", "/v2/images")
                            .json("{\"id\": \"" + HostileRequest.IMAGE_ID + "\", \"name\": \"target\"}")
                            .request());
            assertThat(created.status()).as(created.text()).isEqualTo(201);
        }
    }

    static Stream<HostileRequest> hostileRequests() {
        String deep = "{\"a\": ".repeat(5_000) + "1" + "}".repeat(5_000);
        byte[] tenMegabytes = ("{\"name\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                create("wildcard content type").contentType("*/*").expect(415),
                create("application/* content type")
                        .contentType("application/*")
                        .expect(415),
                create("unparseable content type").contentType(";;;").expect(415),
                create("trailing garbage after the JSON")
                        .json("{\"name\": \"x\"} junk")
                        .expect(400),
                create("a second JSON document")
                        .json("{\"name\": \"x\"} {\"name\": \"y\"}")
                        .expect(400),
                create("a repeated member")
                        .json("{\"name\": \"a\", \"name\": \"b\"}")
                        .expect(400),
                create("invalid UTF-8 in a string")
                        .body(utf8With("{\"name\": \"", 0xff, 0xfe, "\"}"))
                        .expect(400),
                create("an overlong UTF-8 NUL")
                        .body(utf8With("{\"name\": \"", 0xc0, 0x80, "\"}"))
                        .expect(400),
                create("NUL in a property key").json("{\"k\\u0000\": \"v\"}").expect(400),
                create("10,000 nested arrays").json("[".repeat(10_000)).expect(400),
                create("5,000 nested objects").json(deep).expect(400),
                create("a 10 MB body").body(tenMegabytes).expect(413),
                create("a 10 MB chunked body").body(tenMegabytes).chunked().expect(413),
                patch(
                                "a repeated member in an operation",
                                "[{\"op\": \"add\", \"op\": \"remove\", \"path\": \"/k\", \"value\": \"v\"}]")
                        .expect(400),
                patch("trailing garbage after the patch", "[] []").expect(400),
                patch(
                                "5,000 nested objects as a value",
                                "[{\"op\": \"add\", \"path\": \"/k\", \"value\": " + deep + "}]")
                        .expect(400),
                create("an empty Idempotency-Key")
                        .header("Idempotency-Key", "\"\"")
                        .expect(400),
                create("an Idempotency-Key of 300 characters")
                        .header("Idempotency-Key", "k".repeat(300))
                        .expect(400),
                create("a control character in an Idempotency-Key")
                        .header("Idempotency-Key", "a\u0001b")
                        .expect(400),
                HostileRequest.authorized("GET", "/error")
                        .named("the error page by name")
                        .expect(404),
                HostileRequest.anonymous("GET", "/error")
                        .named("the error page by name, no token")
                        .expect(401),
                HostileRequest.anonymous("GET", "/v2/images")
                        .named("unparseable Accept, no token")
                        .header("Accept", ";;;")
                        .expect(401),
                HostileRequest.authorized("GET", "/v2/images/" + UUID.randomUUID())
                        .named("unparseable Accept")
                        .header("Accept", ";;;")
                        .expect(404),
                HostileRequest.authorized("GET", "/v2/images/" + UUID.randomUUID())
                        .named("plain text asked for")
                        .header("Accept", "text/plain")
                        .expect(404)
                        .inPlainText(),
                HostileRequest.authorized("GET", "/v2/images/" + UUID.randomUUID())
                        .named("anything, as curl asks")
                        .header("Accept", "*/*")
                        .expect(404)
                        .inPlainText(),
                HostileRequest.authorized("GET", "/v2/images/" + UUID.randomUUID())
                        .named("HTML asked for")
                        .header("Accept", "text/html")
                        .expect(404),
                HostileRequest.authorized("FOO", "/v2/images")
                        .named("an unknown method")
                        .expect(405),
                HostileRequest.authorized("PROPFIND", IMAGE)
                        .named("a WebDAV method")
                        .expect(405),
                HostileRequest.authorized("TRACE", "/v2/images").named("TRACE").expect(405),
                HostileRequest.authorized("GET", "/v2/images")
                        .named("a 64 KB header")
                        .header("X-Padding", "p".repeat(64 * 1024))
                        .expect(400),
                HostileRequest.authorized("GET", "/v2/images/%FF%FE")
                        .named("invalid UTF-8 in the path")
                        .expect(400),
                HostileRequest.authorized("GET", "/v2/images/%00")
                        .named("NUL in an image id")
                        .expect(400),
                HostileRequest.authorized("PATCH", "/v2/images/%00")
                        .named("NUL in a patched id")
                        .contentType(PATCH)
                        .json("[]")
                        .expect(400),
                HostileRequest.authorized("DELETE", "/v2/images/a%00b")
                        .named("NUL in a deleted id")
                        .expect(400),
                HostileRequest.authorized("PUT", IMAGE + "/tags/t%00")
                        .named("NUL in a tag")
                        .expect(400),
                HostileRequest.authorized("GET", "/v2/images?name=a%00")
                        .named("NUL in a filter")
                        .expect(400),
                HostileRequest.authorized("GET", "/v2/images?sort=name%00:asc")
                        .named("NUL in a sort")
                        .expect(400),
                HostileRequest.authorized("GET", "/v2/images?marker=%00")
                        .named("NUL in a marker")
                        .expect(400),
                HostileRequest.authorized("GET", "/v2/images")
                        .named("a Min-Position that is no position")
                        .header("Min-Position", "soon")
                        .expect(400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void refusesWithItsExactStatusWritingNothingAndLoggingNoStackTrace(HostileRequest hostile, CapturedOutput output) {
        long eventsBefore = events();
        int logBefore = output.length();

        RawHttp.Response response = RawHttp.send(port, hostile.request());

        assertThat(response.status()).as(response.text()).isEqualTo(hostile.status());
        if (hostile.wantsPlainText()) {
            assertThat(response.header("Content-Type")).isEqualTo("text/plain");
            assertThat(response.text()).startsWith(hostile.status() + " ");
        } else {
            assertThat(response.header("Content-Type")).isEqualTo("application/json");
            assertThat(response.json().get("status").asInt()).isEqualTo(hostile.status());
            assertThat(response.json().get("message").asText()).isNotBlank();
        }
        assertThat(events()).isEqualTo(eventsBefore);
        String logged = output.toString().substring(logBefore);
        assertThat(logged).doesNotContain("\tat ").doesNotContain(" ERROR ");
        assertThat(logged.lines().filter(line -> line.contains(" WARN "))).hasSizeLessThanOrEqualTo(1);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private static HostileRequest create(String name) {
        return HostileRequest.authorized("POST", "/v2/images").named(name).json("{\"name\": \"hostile\"}");
    }

    private static HostileRequest patch(String name, String body) {
        return HostileRequest.authorized("PATCH", IMAGE)
                .named(name)
                .contentType(PATCH)
                .json(body);
    }

    private static byte[] utf8With(String before, int first, int second, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) first;
        body[head.length + 1] = (byte) second;
        System.arraycopy(tail, 0, body, head.length + 2, tail.length);
        return body;
    }
}
