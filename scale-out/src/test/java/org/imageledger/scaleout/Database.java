package org.imageledger.scaleout;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The one PostgreSQL every node uses, by JDBC URL and credentials, as the nodes are given it. */
record Database(String url, String username, String password) {

    /** The database the tests are told of ({@code IMAGE_LEDGER_DATASOURCE_URL}, …), if any. */
    static Database fromEnvironment() {
        String url = System.getenv("IMAGE_LEDGER_DATASOURCE_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        return new Database(url, System.getenv("IMAGE_LEDGER_DATASOURCE_USERNAME"),
                System.getenv("IMAGE_LEDGER_DATASOURCE_PASSWORD"));
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
}
