package org.imageledger.scaleout;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PostgreSQL database by JDBC URL and credentials, as the nodes are given it. */
record Database(String url, String username, String password) {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    /** The database the tests are told of ({@code IMAGE_LEDGER_DATASOURCE_URL}, …), if any. */
    static Database fromEnvironment() {
        String url = System.getenv("IMAGE_LEDGER_DATASOURCE_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        return new Database(
                url,
                System.getenv("IMAGE_LEDGER_DATASOURCE_USERNAME"),
                System.getenv("IMAGE_LEDGER_DATASOURCE_PASSWORD"));
    }

    /**
     * A new database beside this one on the same server, for processes that must share it with each other and with
     * nothing else; the role needs {@code CREATEDB}, as for every test by URL.
     */
    Database createBeside() {
        Matcher parts = parts();
        String base = parts.group(2).isEmpty() ? "ledger" : parts.group(2);
        String name = base + "_scale_out_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE DATABASE " + name);
        return new Database(parts.group(1) + name + parts.group(3), username, password);
    }

    /** Drops a database {@link #createBeside} made, whoever is still connected to it. */
    void drop(Database beside) {
        execute("DROP DATABASE IF EXISTS " + beside.parts().group(2) + " WITH (FORCE)");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    boolean answers() {
        try (Connection connection = connect()) {
            return connection.isValid(2);
        } catch (SQLException notYet) {
            return false;
        }
    }

    /** The settings a node needs to use this database. */
    List<String> nodeArguments() {
        List<String> args = new ArrayList<>();
        args.add("--image-ledger.datasource.url=" + url);
        if (username != null && !username.isBlank()) {
            args.add("--image-ledger.datasource.username=" + username);
        }
        if (password != null && !password.isBlank()) {
            args.add("--image-ledger.datasource.password=" + password);
        }
        return args;
    }

    private Matcher parts() {
        Matcher parts = URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host/database URL: " + url);
        }
        return parts;
    }

    private void execute(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot " + sql + " on " + url + ": " + e.getMessage(), e);
        }
    }
}
