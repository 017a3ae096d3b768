package org.imageledger.standalone.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.imageledger.standalone.StandaloneApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every request gets an id of the service's making, the one its events record; an id the client sends is kept apart as
 * the client's, so no caller can make an event carry an id another caller chose.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestIdsIT {

    @LocalServerPort
    int port;

    @Test
    void eventsRecordTheServicesRequestIdAndTheClientsApart() {
        String adminsId = "req-" + UUID.randomUUID();
        var created = send(
                "admin-secret",
                "POST",
                "/v2/images",
                "application/json",
                "{\"name\": \"ids\", \"visibility\": \"public\"}",
                adminsId);
        String id = created.json().get("id").asText();
        String createdAs = created.header("X-Openstack-Request-Id");
        assertThat(createdAs).matches("req-[0-9a-f-]{36}").isNotEqualTo(adminsId);

        var patched = send(
                "admin-secret",
                "PATCH",
                "/v2/images/" + id,
                "application/openstack-images-v2.1-json-patch",
                "[{\"op\": \"add\", \"path\": \"/k\", \"value\": \"v\"}]",
                null);
        var history = send("admin-secret", "GET", "/v2/images/" + id + "/history", null, null, null)
                .json();

        var creation = history.get("entries").get(0);
        assertThat(creation.get("request_id").asText()).isEqualTo(createdAs);
        assertThat(creation.get("client_request_id").asText()).isEqualTo(adminsId);
        var change = history.get("entries").get(1);
        assertThat(change.get("request_id").asText()).isEqualTo(patched.header("X-Openstack-Request-Id"));
        assertThat(change.get("client_request_id").isNull()).isTrue();
    }

    @Test
    void aMalformedClientIdIsIgnored() {
        var response = send("admin-secret", "GET", "/v2/images?limit=1", null, null, "req-not-a-uuid");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Openstack-Request-Id")).matches("req-[0-9a-f-]{36}");
    }

    private RawHttp.Response send(
            String token, String method, String path, String contentType, String body, String requestId) {
        var headers = new java.util.LinkedHashMap<String, String>(Map.of("X-Auth-Token", token));
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (requestId != null) {
            headers.put("X-Openstack-Request-Id", requestId);
        }
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(port, RawHttp.Request.of(method, path, headers, bytes, false));
    }
}
