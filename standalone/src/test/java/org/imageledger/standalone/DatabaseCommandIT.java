package org.imageledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.imageledger.infrastructure.store.DatabaseCredentials;
import org.imageledger.testing.LoopbackPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's database command serves the data directory to nodes started separately, until it is stopped. */
class DatabaseCommandIT {

    private static final Path JAR = Path.of("target", "image-ledger.jar");

    @TempDir
    Path dataDir;

    @TempDir
    Path logs;

    @Test
    void servesTheDataDirectoryUntilStoppedAndRefusesASecondServerOnIt() throws Exception {
        int port = LoopbackPort.free();
        Process server = start("server", port);
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> answers(port) || !server.isAlive());
            assertThat(server.isAlive()).as(log("server")).isTrue();

            Process second = start("second", LoopbackPort.free());
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(log("second"))
                    .contains("already runs on " + dataDir.toAbsolutePath().resolve("postgres"));
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
        assertThat(dataDir.resolve("postgres").resolve("postmaster.pid"))
                .as(log("server"))
                .doesNotExist();
        assertThat(answers(port)).isFalse();
    }

    private Process start(String name, int port) throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx128m",
                        "-jar",
                        JAR.toString(),
                        "database",
                        "--port=" + port,
                        "--image-ledger.data-dir=" + dataDir)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile())
                .start();
    }

    private String log(String name) throws IOException {
        return Files.readString(logs.resolve(name + ".log"));
    }

    private boolean answers(int port) {
        if (!Files.exists(dataDir.resolve("database-password"))) {
            return false;
        }
        DatabaseCredentials credentials = DatabaseCredentials.of(dataDir);
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", credentials.username(), credentials.password())) {
            return connection.isValid(2);
        } catch (SQLException notAnswering) {
            return false;
        }
    }
}
