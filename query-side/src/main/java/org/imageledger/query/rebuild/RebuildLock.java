package org.imageledger.query.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * The right to rebuild, across every process on the database: a PostgreSQL advisory lock held by a connection of its
 * own. The server releases it when the holder's session ends, so a process that dies mid-rebuild blocks nothing.
 */
final class RebuildLock implements AutoCloseable {

    /** Arbitrary but fixed: "imageled" in ASCII. */
    private static final long KEY = 0x696d6167656c6564L;

    private final Connection connection;

    private RebuildLock(Connection connection) {
        this.connection = connection;
    }

    /** @throws RebuildAlreadyRunning when another session holds it */
    static RebuildLock take(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            if (call(connection, "SELECT pg_try_advisory_lock(?)")) {
                return new RebuildLock(connection);
            }
            connection.close();
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("Cannot take the rebuild lock", e);
        }
        throw new RebuildAlreadyRunning();
    }

    /** Unlocks explicitly: the connection goes back to a pool, where its session lives on. */
    @Override
    public void close() throws SQLException {
        try (connection) {
            call(connection, "SELECT pg_advisory_unlock(?)");
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
