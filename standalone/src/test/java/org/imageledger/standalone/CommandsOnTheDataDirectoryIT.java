package org.imageledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imageledger.testing.LedgerClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar's commands on the embedded default's data directory: beside a server running there they join its
 * PostgreSQL, which cannot have a second one, and leave it running; with no server they start their own and stop it.
 */
@DisabledIfEnvironmentVariable(
        named = "IMAGE_LEDGER_DATASOURCE_URL",
        matches = ".+",
        disabledReason = "runs the commands on the embedded server's data directory, not an external server")
class CommandsOnTheDataDirectoryIT {

    @TempDir
    Path dataDir;

    @Test
    void everyCommandWorksBesideARunningServerAndWithoutOne() {
        String id;
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(StandaloneApplication.class)
                .run(settings("--server.port=0").toArray(String[]::new))) {
            LedgerClient api = new LedgerClient(
                    ((ServletWebServerApplicationContext) server).getWebServer().getPort());
            id = api.send("POST", "/v2/images", "application/json", "{\"name\": \"cirros\"}")
                    .json()
                    .get("id")
                    .asText();

            assertCommandsWork(id);
            assertThat(api.send("GET", "/v2/images/" + id, null, null).status()).isEqualTo(200);
        }
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();

        assertCommandsWork(id);
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    private void assertCommandsWork(String id) {
        Run history = audit("history", id);
        assertThat(history.exit()).as(history.err()).isZero();
        assertThat(history.out()).contains("name: null → \"cirros\"");
        Run export = audit("export", "--after", "0");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("\"image_id\":\"" + id + "\"");
        assertThat(LedgerCommands.run(settings("verify").toArray(String[]::new), System.out, System.err))
                .isZero();
        assertThat(LedgerCommands.run(settings("rebuild").toArray(String[]::new), System.out, System.err))
                .isZero();
    }

    private Run audit(String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LedgerCommands.run(
                settings(command).toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The command and the settings a user gives it and the server alike: the data directory, not a temporary one. */
    private List<String> settings(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--image-ledger.ephemeral=false");
        args.add("--image-ledger.data-dir=" + dataDir);
        return args;
    }

    record Run(int exit, String out, String err) {}
}
