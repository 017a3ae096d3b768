package org.imageledger.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second process on the same data directory, a command line beside the service, uses the running server. */
class EmbeddedDatabaseIT {

    @TempDir
    Path dataDir;

    @Test
    void joinsTheServerRunningOnTheDataDirectoryAndLeavesItRunning() throws Exception {
        try (EmbeddedDatabase service = EmbeddedDatabase.start(properties(false))) {
            EmbeddedDatabase beside = EmbeddedDatabase.start(properties(true));
            assertThat(beside.jdbcUrl()).isEqualTo(service.jdbcUrl());
            assertThat(answers(beside.jdbcUrl())).isTrue();

            beside.close();

            assertThat(answers(service.jdbcUrl())).isTrue();
        }
    }

    private LedgerDatabaseProperties properties(boolean joinRunning) {
        return new LedgerDatabaseProperties(dataDir, null, false, joinRunning);
    }

    private static boolean answers(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            return connection.isValid(5);
        }
    }
}
