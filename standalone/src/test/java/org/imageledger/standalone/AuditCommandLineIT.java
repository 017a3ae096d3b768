package org.imageledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.imageledger.testing.LedgerClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The audit command line against the service's database: its output, and one line and an exit code on failure. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditCommandLineIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    HikariDataSource dataSource;

    LedgerClient api;

    @BeforeEach
    void client() {
        api = new LedgerClient(port);
    }

    @Test
    void printsAnImagesHistoryOneLinePerChange() {
        var created = api.send("POST", "/v2/images", "application/json", "{\"name\": \"cirros\"}");
        String id = created.json().get("id").asText();
        rename(id, "ubuntu");

        Run run = run("history", id);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines())
                .anyMatch(line -> line.matches("v0  \\S+Z  admin:admin  name: null → \"cirros\""))
                .anyMatch(line -> line.matches("v1  \\S+Z  admin:admin  name: \"cirros\" → \"ubuntu\""))
                .allMatch(line -> line.startsWith("v0  ") || line.startsWith("v1  "));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void exportsTheEventsAfterAPositionAsNdjson() {
        var created = api.send("POST", "/v2/images", "application/json", "{\"name\": \"exported\"}");
        String id = created.json().get("id").asText();
        long after = Long.parseLong(created.header("Ledger-Position")) - 1;
        rename(id, "renamed");

        Run run = run("export", "--after", Long.toString(after));

        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> lines = run.out().lines().map(AuditCommandLineIT::json).toList();
        assertThat(lines)
                .extracting(line -> line.get("position").asLong())
                .isSorted()
                .allMatch(p -> p > after);
        assertThat(lines)
                .filteredOn(line -> line.get("image_id").asText().equals(id))
                .extracting(line -> line.get("event").asText())
                .containsExactly("ImageCreated", "ImageRenamed");
        long last = lines.get(lines.size() - 1).get("position").asLong();
        assertThat(run.err())
                .isEqualTo("Exported " + lines.size() + " events after position " + after + "; resume with --after "
                        + last + "\n");
    }

    @Test
    void failsInOneLineForAnUnknownImage() {
        Run run = run("history", "no-such-image");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("image-ledger history: no image found with ID no-such-image\n");
    }

    @Test
    void failsInOneLineWhenTheDatabaseIsUnreachable() {
        Run run = runWith(List.of("export", "--image-ledger.datasource.url=jdbc:postgresql://127.0.0.1:1/none"));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("image-ledger export: cannot use the database: ")
                .hasLineCount(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"export --after -1", "export --after x", "export --bogus", "history", "history a b"})
    void refusesMalformedCommandsInOneLine(String command) {
        Run run = runWith(List.of(command.split(" ")));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("image-ledger " + command.split(" ")[0] + ": ")
                .hasLineCount(1);
    }

    @Test
    void takesOnlyItsCommandsAndLeavesEverythingElseToTheService() {
        assertThat(LedgerCommands.handles(new String[] {"history", "x"})).isTrue();
        assertThat(LedgerCommands.handles(new String[] {"export"})).isTrue();
        assertThat(LedgerCommands.handles(new String[] {"rebuild"})).isTrue();
        assertThat(LedgerCommands.handles(new String[] {"verify"})).isTrue();
        assertThat(LedgerCommands.handles(new String[] {"database", "--help"})).isTrue();
        assertThat(LedgerCommands.handles(new String[] {"--server.port=9393"})).isFalse();
        assertThat(LedgerCommands.handles(new String[0])).isFalse();
    }

    private void rename(String id, String name) {
        assertThat(api.send(
                                "PATCH",
                                "/v2/images/" + id,
                                LedgerClient.JSON_PATCH,
                                "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"" + name + "\"}]")
                        .status())
                .isEqualTo(200);
    }

    /**
     * Runs a command against this test's database, whether embedded or external; that database, not one of the
     * command's own as the tests' ephemeral setting would give it.
     */
    private Run run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--image-ledger.ephemeral=false");
        args.add("--image-ledger.datasource.url=" + dataSource.getJdbcUrl());
        args.add("--image-ledger.datasource.username=" + dataSource.getUsername());
        if (dataSource.getPassword() != null) {
            args.add("--image-ledger.datasource.password=" + dataSource.getPassword());
        }
        return runWith(args);
    }

    private static Run runWith(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LedgerCommands.run(
                args.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + line, e);
        }
    }

    record Run(int exit, String out, String err) {}
}
