package org.imageledger.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.imageledger.infrastructure.store.LedgerDatabaseProperties.Datasource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ephemeral run by URL works in a database of its own on that server, gone when the run ends. */
class ThrowawayDatabaseIT {

    @TempDir
    Path dataDir;

    /** The embedded server's own role, which may create databases as a role given by URL must. */
    private DatabaseCredentials credentials;

    @Test
    void createsItsOwnDatabaseBesideTheNamedOneAndDropsItAtClose() throws Exception {
        try (EmbeddedDatabase server =
                EmbeddedDatabase.start(new LedgerDatabaseProperties(dataDir, null, true, false))) {
            credentials = server.credentials();
            String url = server.jdbcUrl();
            Datasource named = new Datasource(url, credentials.username(), credentials.password(), 1);

            ThrowawayDatabase first = ThrowawayDatabase.create(named);
            ThrowawayDatabase second = ThrowawayDatabase.create(named);
            String name = currentDatabase(first.jdbcUrl());

            assertThat(name).isNotEqualTo(currentDatabase(url)).isNotEqualTo(currentDatabase(second.jdbcUrl()));
            first.close();
            second.close();
            assertThat(databaseExists(url, name)).isFalse();
        }
    }

    @Test
    void worksBesideADatabaseWhoseNameNeedsQuoting() throws Exception {
        try (EmbeddedDatabase server =
                EmbeddedDatabase.start(new LedgerDatabaseProperties(dataDir, null, true, false))) {
            credentials = server.credentials();
            try (Connection connection = DriverManager.getConnection(
                            server.jdbcUrl(), credentials.username(), credentials.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE \"Ledger-CI\"");
            }
            String named = server.jdbcUrl().replace("/postgres", "/Ledger-CI");

            ThrowawayDatabase throwaway =
                    ThrowawayDatabase.create(new Datasource(named, credentials.username(), credentials.password(), 1));
            String name = currentDatabase(throwaway.jdbcUrl());
            throwaway.close();

            assertThat(name).startsWith("Ledger-CI_");
            assertThat(databaseExists(server.jdbcUrl(), name)).isFalse();
        }
    }

    private String currentDatabase(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, credentials.username(), credentials.password());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_database()")) {
            result.next();
            return result.getString(1);
        }
    }

    private boolean databaseExists(String url, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, credentials.username(), credentials.password());
                Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            result.next();
            return result.getInt(1) == 1;
        }
    }
}
