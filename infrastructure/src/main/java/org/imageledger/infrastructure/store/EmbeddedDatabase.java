package org.imageledger.infrastructure.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the bundled binaries, keeping its files in a directory so that a restart loses
 * nothing. It runs durable: the library's default turns synchronous_commit off, which could lose an acknowledged
 * write in a crash. Where asked to, it joins the server already running on the directory instead, leaving that
 * server's lifecycle to whoever started it. It can also run on its own ({@link #serve}), for nodes started as separate
 * processes.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** As the library forms it for the servers it starts. */
    private static final String JDBC_URL = "jdbc:postgresql://localhost:%d/postgres?user=postgres";

    /** The server this process started, or null when it joined a running one. */
    private final EmbeddedPostgres postgres;
    private final int port;
    private final String jdbcUrl;
    private final Path removeOnClose;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port, String jdbcUrl, Path removeOnClose) {
        this.postgres = postgres;
        this.port = port;
        this.jdbcUrl = jdbcUrl;
        this.removeOnClose = removeOnClose;
    }

    static EmbeddedDatabase start(LedgerDatabaseProperties properties) {
        try {
            Path directory = properties.ephemeral()
                    ? Files.createTempDirectory("image-ledger-")
                    : properties.dataDir().toAbsolutePath().resolve("postgres");
            if (properties.joinRunning()) {
                Optional<Integer> port = RunningPostmaster.port(directory);
                if (port.isPresent()) {
                    log.info("Using the PostgreSQL already running on port {} with data in {}", port.get(), directory);
                    return new EmbeddedDatabase(null, port.get(), String.format(JDBC_URL, port.get()), null);
                }
            }
            return launch(directory, 0, properties.ephemeral() ? directory : null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /**
     * Starts the server alone on the data directory the service would use, for nodes that run as separate processes.
     *
     * @param port the port on 127.0.0.1, or 0 for any free one
     * @throws IllegalStateException if a live server already runs on the directory
     */
    public static EmbeddedDatabase serve(Path dataDir, int port) {
        Path directory = dataDir.toAbsolutePath().resolve("postgres");
        Optional<Integer> running = RunningPostmaster.port(directory);
        if (running.isPresent()) {
            throw new IllegalStateException(
                    "a PostgreSQL already runs on " + directory + " (port " + running.get() + "); stop it first");
        }
        try {
            return launch(directory, port, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    private static EmbeddedDatabase launch(Path directory, int port, Path removeOnClose) throws IOException {
        Files.createDirectories(directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // closed by its owner after everything that uses it, not by a JVM shutdown hook running at the
                // same time (which left processors failing, then waiting on the pool, at exit)
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
        return new EmbeddedDatabase(
                postgres, postgres.getPort(), postgres.getJdbcUrl("postgres", "postgres"), removeOnClose);
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    /** The port the server listens on, on 127.0.0.1. */
    public int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        if (postgres == null) {
            return;
        }
        postgres.close();
        if (removeOnClose != null) {
            try (Stream<Path> files = Files.walk(removeOnClose)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
