package org.imageledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.imageledger.command.CommandNodeApplication;
import org.imageledger.testing.LedgerClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(classes = CommandNodeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImageWriteApiIT {

    @LocalServerPort
    int port;

    LedgerClient api;

    @BeforeEach
    void client() {
        api = new LedgerClient(port);
    }

    @Test
    void createsAnImageWithDefaultsAndVersionZero() {
        var response = api.create(
                "{\"name\": \"cirros\", \"disk_format\": \"qcow2\", \"os_distro\": \"cirros\", \"tags\": [\"a\"]}");
        assertThat(response.status()).isEqualTo(201);
        var image = response.json();
        assertThat(image.get("name").asText()).isEqualTo("cirros");
        assertThat(image.get("visibility").asText()).isEqualTo("shared");
        assertThat(image.get("status").asText()).isEqualTo("queued");
        assertThat(image.get("version").asLong()).isZero();
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        assertThat(response.header("Location"))
                .endsWith("/v2/images/" + image.get("id").asText());
        assertThat(Long.parseLong(response.header("Ledger-Position"))).isPositive();
    }

    @Test
    void patchEmitsOneVersionPerChangedField() {
        String id = api.create("{\"name\": \"a\"}").json().get("id").asText();
        var response = api.patch(
                id,
                "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"b\"},"
                        + "{\"op\": \"add\", \"path\": \"/k\", \"value\": \"v\"},"
                        + "{\"op\": \"replace\", \"path\": \"/min_ram\", \"value\": 0}]");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("version").asLong()).isEqualTo(2);
        assertThat(response.json().get("k").asText()).isEqualTo("v");
    }

    @Test
    void staleIfMatchFailsThePrecondition() {
        String id = api.create("{\"name\": \"a\"}").json().get("id").asText();
        api.patch(id, "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"b\"}]");
        var response = api.patch(
                id, "[{\"op\": \"replace\", \"path\": \"/min_disk\", \"value\": 3}]", Map.of("If-Match", "\"0\""));
        assertThat(response.status()).isEqualTo(412);
        assertThat(response.json().get("current_version").asLong()).isEqualTo(1);
    }

    @Test
    void staleExpectedVersionConflictsOnlyOnTheSameField() {
        String id = api.create("{\"name\": \"a\"}").json().get("id").asText();
        api.patch(id, "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"b\"}]");
        var other = api.patch(
                id, "[{\"op\": \"replace\", \"path\": \"/min_disk\", \"value\": 3}]", Map.of("Expected-Version", "0"));
        assertThat(other.status()).isEqualTo(200);
        var same = api.patch(
                id, "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"c\"}]", Map.of("Expected-Version", "0"));
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.json().get("conflicts").get(0).get("field").asText()).isEqualTo("name");
        assertThat(same.json().get("conflicts").get(0).get("changed_at_version").asLong())
                .isEqualTo(1);
    }
}
