package org.imageledger.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server's lifecycle and lock-down: one owner, restarted when it dies, a crashed owner's server stopped,
 * nobody admitted but the service's role, which is no superuser; and a data directory of the earlier version, which
 * trusted everyone and kept its tables as the superuser's, brought under the same rules.
 */
class EmbeddedDatabaseIT {

    @TempDir
    Path dataDir;

    @Test
    void joinsTheServerRunningOnTheDataDirectoryAndLeavesItRunning() throws Exception {
        try (EmbeddedDatabase service = EmbeddedDatabase.start(properties(false))) {
            EmbeddedDatabase beside = EmbeddedDatabase.start(properties(true));
            assertThat(beside.jdbcUrl()).isEqualTo(service.jdbcUrl());
            assertThat(answers(beside)).isTrue();

            beside.close();

            assertThat(answers(service)).isTrue();
            assertThatThrownBy(() -> EmbeddedDatabase.start(properties(false)))
                    .hasMessageContaining("already runs on " + dataDir.resolve("postgres"));
        }
    }

    @Test
    void admitsOnlyItsRoleWhichIsNoSuperuser() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties(false))) {
            DatabaseCredentials credentials = database.credentials();
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("database-password")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(credentials.password()).hasSizeGreaterThanOrEqualTo(32);

            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", null))
                    .hasMessageContaining("no pg_hba.conf entry");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), credentials.username(), "guess"))
                    .hasMessageContaining("password authentication failed");
            assertThat(postmasterPidLine(4))
                    .as("the server's unix socket directory")
                    .isEmpty();

            try (Connection connection = connect(database);
                    Statement statement = connection.createStatement()) {
                assertThat(single(statement, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
                        .isEqualTo("f");
                assertThatThrownBy(() -> statement.execute("COPY (SELECT 1) TO PROGRAM 'id'"))
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> statement.execute("SELECT pg_read_file('postmaster.pid')"))
                        .hasMessageContaining("permission denied");
                statement.execute("CREATE TABLE owned (id bigserial PRIMARY KEY)");
            }
        }
    }

    @Test
    void restartsItsServerWhenItDies() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties(false))) {
            long first = RunningPostmaster.on(dataDir.resolve("postgres"))
                    .orElseThrow()
                    .pid();
            ProcessHandle.of(first).orElseThrow().destroyForcibly();

            await().atMost(Duration.ofSeconds(5)).until(() -> !database.available());
            await().atMost(Duration.ofSeconds(30)).until(database::available);
            assertThat(answers(database)).isTrue();
            assertThat(RunningPostmaster.on(dataDir.resolve("postgres"))
                            .orElseThrow()
                            .pid())
                    .isNotEqualTo(first);
        }
    }

    @Test
    void stopsAServerLeftRunningByAnOwnerThatIsGoneAndStartsItsOwn() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(properties(false))) {
            first.close();
        }
        // what a crashed owner leaves: a server on the directory and nobody holding the lock
        Postmaster orphan = Postmaster.launch(dataDir.resolve("postgres"), freePort(), dataDir.resolve("orphan.log"));
        orphan.forgetWatchdog();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> RunningPostmaster.on(dataDir.resolve("postgres")).isPresent());

        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties(false))) {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(answers(database)).isTrue();
        }
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    @Test
    void bringsADataDirectoryOfTheEarlierVersionUnderItsRole() throws Exception {
        // the earlier version: the library's own start, trusting every local connection, tables owned by postgres
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir.resolve("postgres"))
                        .setCleanDataDirectory(false)
                        .start();
                Connection connection = earlier.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE images (id bigserial PRIMARY KEY, name text)");
            statement.execute("CREATE SEQUENCE positions");
            statement.execute("CREATE VIEW image_names AS SELECT name FROM images");
            statement.execute("INSERT INTO images (name) VALUES ('cirros')");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties(false));
                Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            assertThat(single(
                            statement,
                            "SELECT string_agg(DISTINCT pg_get_userbyid(relowner), ',') FROM pg_class"
                                    + " WHERE relname IN ('images', 'images_id_seq', 'positions', 'image_names')"))
                    .isEqualTo(DatabaseCredentials.ROLE);
            statement.execute("INSERT INTO images (name) VALUES ('debian')");
            statement.execute("ALTER TABLE images ADD COLUMN os_distro text");
            assertThat(single(statement, "SELECT string_agg(name, ',' ORDER BY name) FROM image_names"))
                    .isEqualTo("cirros,debian");
            assertThat(single(statement, "SELECT nextval('positions')")).isEqualTo("1");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", null))
                    .hasMessageContaining("no pg_hba.conf entry");
        }
    }

    private String postmasterPidLine(int index) throws Exception {
        List<String> lines = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
        return lines.get(index).strip();
    }

    private LedgerDatabaseProperties properties(boolean joinRunning) {
        return new LedgerDatabaseProperties(dataDir, null, false, joinRunning);
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        DatabaseCredentials credentials = database.credentials();
        return DriverManager.getConnection(database.jdbcUrl(), credentials.username(), credentials.password());
    }

    private static boolean answers(EmbeddedDatabase database) throws SQLException {
        try (Connection connection = connect(database)) {
            return connection.isValid(5);
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
