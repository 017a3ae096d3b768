package org.imageledger.infrastructure.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imageledger.infrastructure.store.LedgerDatabaseProperties.Datasource;

/**
 * A database of this process's own on an external PostgreSQL, created at start and dropped at close: what an
 * ephemeral run by URL gets, so that processes sharing the server (test contexts, say) never see each other's events
 * or claim each other's segments. The configured role needs {@code CREATEDB}.
 */
final class ThrowawayDatabase implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    private final Datasource server;
    private final String name;
    private final String jdbcUrl;

    private ThrowawayDatabase(Datasource server, String name, String jdbcUrl) {
        this.server = server;
        this.name = name;
        this.jdbcUrl = jdbcUrl;
    }

    static ThrowawayDatabase create(Datasource server) {
        Matcher url = URL.matcher(server.url());
        if (!url.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host/database URL: " + server.url());
        }
        String base = url.group(2).isEmpty() ? "ledger" : url.group(2);
        String name = base + "_" + UUID.randomUUID().toString().substring(0, 8);
        ThrowawayDatabase database = new ThrowawayDatabase(server, name, url.group(1) + name + url.group(3));
        database.execute("CREATE DATABASE " + quoted(name));
        return database;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + quoted(name) + " WITH (FORCE)");
    }

    /** The name as written, whatever its case or characters (the named database may be {@code ledger-ci}, say). */
    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Runs a statement on the configured database, the one the throwaway is named after. */
    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(server.url(), server.username(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot " + sql + " on " + server.url() + ": " + e.getMessage(), e);
        }
    }
}
