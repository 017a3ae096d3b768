package org.imageledger.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another local user (nobody) gets nothing from the embedded server: no connection over TCP as any role without the
 * password, no unix socket to try, and no password to read, even with the data directory readable as {@code ./data}
 * is by default. Needs root, to be someone else; CI runs as root.
 */
class LocalUserLockoutIT {

    private static final String PROBE = """
            import java.sql.DriverManager;
            public class Probe {
                public static void main(String[] args) {
                    for (String role : new String[] {"postgres", "ledger"}) {
                        try (var c = DriverManager.getConnection(args[0], role, "")) {
                            System.out.println("CONNECTED as " + role);
                        } catch (Exception e) {
                            System.out.println("refused as " + role + ": " + e.getMessage());
                        }
                    }
                }
            }
            """;

    @TempDir
    Path dataDir;

    @TempDir
    Path probe;

    @Test
    void refusesAnotherLocalUserOverTcpAndHasNoSocket() throws Exception {
        assumeTrue(isRoot() && Files.isExecutable(Path.of("/bin/su")), "needs root, to run as nobody");
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(probe.resolve("Probe.java"), PROBE);
        Path driver = Path.of(org.postgresql.Driver.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Files.copy(driver, probe.resolve("postgresql.jar"));
        probe.resolve("postgresql.jar").toFile().setReadable(true, false);

        try (EmbeddedDatabase database =
                EmbeddedDatabase.start(new LedgerDatabaseProperties(dataDir, null, false, false))) {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String tcp = asNobody(java + " -cp " + probe.resolve("postgresql.jar") + " " + probe.resolve("Probe.java")
                    + " " + database.jdbcUrl());
            assertThat(tcp)
                    .contains("refused as postgres")
                    .contains("refused as ledger")
                    .doesNotContain("CONNECTED");

            String socket = asNobody("ls -a /tmp /var/run/postgresql 2>/dev/null | grep -c '.s.PGSQL." + database.port()
                    + "'; cat " + dataDir.resolve(DatabaseCredentials.FILE) + " 2>&1");
            assertThat(socket).startsWith("0").contains("Permission denied");
        }
    }

    private static String asNobody(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("su", "nobody", "-s", "/bin/sh", "-c", "cd /tmp && " + command)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private static boolean isRoot() throws IOException {
        return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    }
}
