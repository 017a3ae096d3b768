package org.imageledger.bench.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The one PostgreSQL server of a run: the service stores its events and projection in it and every baseline runs on
 * it, so both pay for the same disk, WAL and CPU. Durable like the service's own embedded server: fsync and
 * synchronous_commit on, which the library would otherwise turn off.
 */
public final class BenchDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private BenchDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    public static BenchDatabase start(Path dataDir) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .start();
            return new BenchDatabase(postgres, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    public Connection connect() throws SQLException {
        return connect(new Properties());
    }

    /** A connection whose batches of inserts travel as multi-row statements, as a bulk writer would send them. */
    public Connection connectForBatches() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("reWriteBatchedInserts", "true");
        return connect(properties);
    }

    /** The server process, so that it can be stopped even if this JVM dies. */
    public long postmasterPid() {
        try {
            return Long.parseLong(
                    Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private Connection connect(Properties extra) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(extra);
        properties.setProperty("user", "postgres");
        return DriverManager.getConnection(jdbcUrl(), properties);
    }
}
