package org.imageledger.standalone.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.imageledger.standalone.StandaloneApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Metrics are for admins and auditors; the OpenAPI document is for anyone. */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsAccessIT {

    @LocalServerPort
    int port;

    @Test
    void metricsNeedTheAdminOrAuditorRole() {
        assertThat(get("/actuator/prometheus", null).status()).isEqualTo(401);
        var reader = get("/actuator/prometheus", "demo-reader");
        assertThat(reader.status()).isEqualTo(403);
        assertThat(reader.json().get("status").asInt()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "demo-member").status()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "auditor-secret").status()).isEqualTo(200);
        var admin = get("/actuator/prometheus", "admin-secret");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.text()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentNeedsNoToken() {
        var document = get("/v3/api-docs", null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("openapi").asText()).startsWith("3.");
    }

    private RawHttp.Response get(String path, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("X-Auth-Token", token);
        }
        return RawHttp.send(port, RawHttp.Request.of("GET", path, headers, null, false));
    }
}
