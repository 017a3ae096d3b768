package org.imageledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.imageledger.command.CommandNodeApplication;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input gets the baseline's 4xx (never a 500) in the single JSON error shape, and writes nothing: the image's
 * version is unchanged afterwards.
 */
@SpringBootTest(classes = CommandNodeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WriteApiRefusalsIT {

    static final String PATCH = LedgerClient.JSON_PATCH;

    @LocalServerPort
    int port;

    LedgerClient api;
    String id;

    @BeforeEach
    void image() {
        api = new LedgerClient(port);
        id = api.create("{\"name\": \"n\", \"k1\": \"v\", \"tags\": [\"t\"]}")
                .json()
                .get("id")
                .asText();
    }

    static Stream<Arguments> refusedPatches() {
        return Stream.of(
                Arguments.of(PATCH, "{not json", 400, "Malformed JSON in request body."),
                Arguments.of(
                        PATCH, "{\"op\": \"add\"}", 400, "Request body must be a JSON array of operation objects."),
                Arguments.of(
                        PATCH,
                        "[{\"op\": \"test\", \"path\": \"/name\", \"value\": 1}]",
                        400,
                        "Invalid operation: `test`"),
                Arguments.of(
                        PATCH, "[{\"op\": \"add\", \"value\": 1}]", 400, "Unable to find 'path' in JSON Schema change"),
                Arguments.of(
                        PATCH, "[{\"op\": \"add\", \"path\": \"name\", \"value\": \"x\"}]", 400, "does not start with"),
                Arguments.of(
                        PATCH,
                        "[{\"op\": \"add\", \"path\": \"/tags/-\", \"value\": \"x\"}]",
                        400,
                        "Invalid JSON pointer"),
                Arguments.of(
                        PATCH, "[{\"op\": \"add\", \"path\": 7, \"value\": \"x\"}]", 400, "Pointer must be a string"),
                Arguments.of(
                        PATCH,
                        "[{\"op\": \"replace\", \"path\": \"/name\"}]",
                        400,
                        "requires a member named \"value\""),
                Arguments.of(
                        PATCH,
                        "[{\"op\": \"replace\", \"path\": \"/min_ram\", \"value\": \"512\"}]",
                        400,
                        "is not of type 'integer'"),
                Arguments.of(
                        PATCH,
                        "[{\"op\": \"replace\", \"path\": \"/min_ram\", \"value\": -5}]",
                        400,
                        "Cannot be a negative value"),
                Arguments.of(
                        PATCH,
                        "[{\"op\": \"replace\", \"path\": \"/visibility\", \"value\": \"bogus\"}]",
                        400,
                        "is not one of"),
                Arguments.of(
                        PATCH,
                        "[{\"op\": \"replace\", \"path\": \"/protected\", \"value\": \"yes\"}]",
                        400,
                        "is not of type 'boolean'"),
                Arguments.of(
                        PATCH, "[{\"op\": \"add\", \"path\": \"/k2\", \"value\": 5}]", 400, "is not of type 'string'"),
                Arguments.of(PATCH, "[{\"op\": \"add\", \"path\": \"/k2\", \"value\": \"a\\u0000b\"}]", 400, "NUL"),
                Arguments.of(
                        PATCH, "[{\"op\": \"add\", \"path\": \"/name\", \"value\": \"\\ud800\"}]", 400, "surrogate"),
                Arguments.of(
                        PATCH,
                        "[{\"op\": \"add\", \"path\": \"/" + "k".repeat(256) + "\", \"value\": \"v\"}]",
                        400,
                        "longer than 255"),
                Arguments.of(
                        PATCH,
                        "[{\"op\": \"add\", \"path\": \"/k2\", \"value\": \"" + "v".repeat(65_536) + "\"}]",
                        400,
                        "longer than 65535"),
                Arguments.of(
                        PATCH,
                        "[{\"op\": \"add\", \"path\": \"/tags\", \"value\": [\"" + "t".repeat(256) + "\"]}]",
                        400,
                        "longer than 255"),
                Arguments.of(
                        PATCH,
                        "[{\"op\": \"replace\", \"path\": \"/status\", \"value\": \"active\"}]",
                        403,
                        "Attribute 'status' is read-only."),
                Arguments.of(
                        PATCH,
                        "[{\"op\": \"replace\", \"path\": \"/id\", \"value\": \"x\"}]",
                        403,
                        "Attribute 'id' is read-only."),
                Arguments.of(
                        PATCH,
                        "[{\"op\": \"add\", \"path\": \"/os_glance_x\", \"value\": \"v\"}]",
                        403,
                        "Attribute 'os_glance_x' is reserved."),
                Arguments.of(
                        PATCH, "[{\"op\": \"remove\", \"path\": \"/name\"}]", 403, "Property name may not be removed."),
                Arguments.of(PATCH, "[{\"op\": \"remove\", \"path\": \"/tags\"}]", 403, "may not be removed"),
                Arguments.of(
                        PATCH,
                        "[{\"op\": \"add\", \"path\": \"/m1\", \"value\": \"v\"}, {\"op\": \"remove\", \"path\": \"/nope\"}]",
                        409,
                        "Property nope does not exist."),
                Arguments.of(
                        PATCH,
                        "[{\"op\": \"replace\", \"path\": \"/nope\", \"value\": \"v\"}]",
                        409,
                        "Property nope does not exist."),
                Arguments.of("application/json", "[]", 415, "is not supported by this server"),
                Arguments.of("application/json-patch+json", "[]", 415, "is not supported by this server"));
    }

    @ParameterizedTest
    @MethodSource("refusedPatches")
    void refusesABadPatchAndWritesNothing(String contentType, String body, int status, String message) {
        var response = api.send("PATCH", "/v2/images/" + id, contentType, body, Map.of("Accept", "text/html"));
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertErrorShape(response, status, message);
        assertThat(currentVersion()).isZero();
    }

    @Test
    void labelsTheErrorBodyJsonForClientsThatAskForJson() {
        var response = api.send(
                "PATCH", "/v2/images/" + id, PATCH, "[{\"op\": \"test\"}]", Map.of("Accept", "application/json"));
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().get("status").asInt()).isEqualTo(400);
    }

    @Test
    void removingTheServersVersionMemberIsMetWithoutAChange() {
        var response = api.patch(id, "[{\"op\": \"remove\", \"path\": \"/version\"}]");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("version").asLong()).isZero();
        assertThat(api.patch(id, "[{\"op\": \"replace\", \"path\": \"/version\", \"value\": 3}]")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void unsupportedPatchMediaTypeAdvertisesTheAcceptedOnes() {
        var response = api.send("PATCH", "/v2/images/" + id, "application/json", "[]", Map.of());
        assertThat(response.header("Accept-Patch")).contains(PatchRequestParser.V2_0, PatchRequestParser.V2_1);
    }

    static Stream<Arguments> refusedCreations() {
        return Stream.of(
                Arguments.of("[{\"name\": \"x\"}]", 400, "Request body must be a JSON object."),
                Arguments.of("nope", 400, "Malformed JSON in request body."),
                Arguments.of("", 400, "Malformed JSON in request body."),
                Arguments.of("{\"id\": \"not-a-uuid\"}", 400, "does not match"),
                Arguments.of("{\"status\": \"active\"}", 403, "Attribute 'status' is read-only."),
                Arguments.of("{\"size\": 5}", 403, "Attribute 'size' is read-only."),
                Arguments.of("{\"os_glance_import\": \"x\"}", 403, "is reserved"),
                Arguments.of("{\"min_disk\": -1}", 400, "Cannot be a negative value"),
                Arguments.of("{\"disk_format\": \"floppy\"}", 400, "is not one of"),
                Arguments.of("{\"kernel_id\": \"abc\"}", 400, "does not match"),
                Arguments.of("{\"k\": null}", 400, "is not of type 'string'"),
                Arguments.of("[".repeat(10_000), 400, "Malformed JSON in request body."),
                Arguments.of("{\"tags\": " + tooMany("t") + "}", 413, "number of allowed image tags"));
    }

    @ParameterizedTest
    @MethodSource("refusedCreations")
    void refusesABadCreation(String body, int status, String message) {
        var response = api.send("POST", "/v2/images", "application/json", body, Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertErrorShape(response, status, message);
    }

    @Test
    void bodiesOverOneMebibyteAreTooLarge() {
        var response = api.create("{\"k\": \"" + "v".repeat(1024 * 1024) + "\"}");
        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void aDuplicateIdConflicts() {
        String fixed = UUID.randomUUID().toString();
        assertThat(api.create("{\"id\": \"" + fixed + "\"}").status()).isEqualTo(201);
        var again = api.create("{\"id\": \"" + fixed + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertErrorShape(again, 409, "already exists");
    }

    @Test
    void anUnknownImageIsNotFound() {
        String unknown = UUID.randomUUID().toString();
        var patch = api.patch(unknown, "[]");
        assertThat(patch.status()).isEqualTo(404);
        assertErrorShape(patch, 404, "No image found with ID " + unknown);
        assertThat(api.send("DELETE", "/v2/images/" + unknown, null, null, Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.send("PUT", "/v2/images/" + unknown + "/tags/x", null, null, Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void deletingAProtectedImageIsForbiddenUntilUnprotected() {
        api.patch(id, "[{\"op\": \"replace\", \"path\": \"/protected\", \"value\": true}]");
        var refused = api.send("DELETE", "/v2/images/" + id, null, null, Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertErrorShape(refused, 403, "is protected and cannot be deleted");
        api.patch(id, "[{\"op\": \"replace\", \"path\": \"/protected\", \"value\": false}]");
        var deleted = api.send("DELETE", "/v2/images/" + id, null, null, Map.of());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.header("Ledger-Position")).isNotNull();
        var again = api.send("DELETE", "/v2/images/" + id, null, null, Map.of());
        assertThat(again.status()).isEqualTo(404);
        assertErrorShape(again, 404, "Failed to find image " + id + " to delete");
        assertThat(api.patch(id, "[]").status()).isEqualTo(404);
    }

    @Test
    void tagsAreAddedIdempotentlyAndRemovedOnlyWhenPresent() {
        var added = api.send("PUT", "/v2/images/" + id + "/tags/new", null, null, Map.of());
        assertThat(added.status()).isEqualTo(204);
        assertThat(added.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.send("PUT", "/v2/images/" + id + "/tags/new", null, null, Map.of())
                        .header("ETag"))
                .isEqualTo("\"1\"");
        assertThat(api.send("DELETE", "/v2/images/" + id + "/tags/new", null, null, Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(api.send("DELETE", "/v2/images/" + id + "/tags/new", null, null, Map.of())
                        .status())
                .isEqualTo(404);
        var tooLong = api.send("PUT", "/v2/images/" + id + "/tags/" + "t".repeat(256), null, null, Map.of());
        assertThat(tooLong.status()).isEqualTo(400);
    }

    @Test
    void acceptsTheLegacyPatchForm() {
        var response = api.send(
                "PATCH",
                "/v2/images/" + id,
                PatchRequestParser.V2_0,
                "[{\"replace\": \"/name\", \"value\": \"legacy\"}, {\"add\": \"/k~1x\", \"value\": \"v\"}]",
                Map.of());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("name").asText()).isEqualTo("legacy");
        assertThat(response.json().get("k/x").asText()).isEqualTo("v");
    }

    @Test
    void aQueuedImageCannotBeDeactivated() {
        var response = api.send("POST", "/v2/images/" + id + "/actions/deactivate", null, null, Map.of());
        assertThat(response.status()).isEqualTo(403);
        assertErrorShape(response, 403, "Not allowed to deactivate image in status 'queued'");
    }

    @Test
    void answersWithARequestIdOfItsOwnWhateverTheClientSent() {
        String requestId = "req-" + UUID.randomUUID();
        var response = api.send("PATCH", "/v2/images/" + id, PATCH, "[]", Map.of("X-Openstack-Request-Id", requestId));
        assertThat(response.header("X-Openstack-Request-Id")).startsWith("req-").isNotEqualTo(requestId);
        assertThat(api.patch(id, "[]").header("X-Openstack-Request-Id")).startsWith("req-");
    }

    private long currentVersion() {
        return api.patch(id, "[]").json().get("version").asLong();
    }

    private static void assertErrorShape(Reply response, int status, String message) {
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        var body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("code").asText()).startsWith(status + " ");
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("type").asText()).isNotBlank();
        assertThat(body.get("message").asText()).contains(message);
        assertThat(body.get("detail").asText()).isEqualTo(body.get("message").asText());
    }

    private static String tooMany(String prefix) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i <= 128; i++) {
            list.append(i == 0 ? "" : ",").append('"').append(prefix).append(i).append('"');
        }
        return list.append(']').toString();
    }
}
