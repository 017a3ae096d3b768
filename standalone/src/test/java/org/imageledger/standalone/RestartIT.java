package org.imageledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.imageledger.testing.LedgerClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data and its admin token in the data directory: a restart loses nothing. */
@DisabledIfEnvironmentVariable(
        named = "IMAGE_LEDGER_DATASOURCE_URL",
        matches = ".+",
        disabledReason = "restarts the embedded server, not an external one")
class RestartIT {

    @TempDir
    Path dataDir;

    @Test
    void anAcknowledgedImageSurvivesARestart() throws Exception {
        String id;
        try (ConfigurableApplicationContext first = start()) {
            LedgerClient api = new LedgerClient(port(first), token());
            var created = api.send("POST", "/v2/images", "application/json", "{\"name\": \"durable\"}");
            assertThat(created.status()).isEqualTo(201);
            id = created.json().get("id").asText();
        }
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("admin-token")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        try (ConfigurableApplicationContext second = start()) {
            LedgerClient api = new LedgerClient(port(second), token());
            var read = api.send("GET", "/v2/images/" + id, null, null);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("name").asText()).isEqualTo("durable");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StandaloneApplication.class)
                .run(
                        "--server.port=0",
                        "--image-ledger.ephemeral=false",
                        "--image-ledger.data-dir=" + dataDir,
                        "--image-ledger.admin-token=");
    }

    private String token() throws Exception {
        return Files.readString(dataDir.resolve("admin-token")).trim();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }
}
