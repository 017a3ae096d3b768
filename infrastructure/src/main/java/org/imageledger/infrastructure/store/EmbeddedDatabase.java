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
 * server's lifecycle to whoever started it.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** As the library forms it for the servers it starts. */
    private static final String JDBC_URL = "jdbc:postgresql://localhost:%d/postgres?user=postgres";

    /** The server this process started, or null when it joined a running one. */
    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;
    private final Path removeOnClose;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String jdbcUrl, Path removeOnClose) {
        this.postgres = postgres;
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
                    return new EmbeddedDatabase(null, String.format(JDBC_URL, port.get()), null);
                }
            }
            Files.createDirectories(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // closed by the application context after everything that uses it, not by a JVM shutdown hook
                    // running at the same time (which left processors failing, then waiting on the pool, at exit)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .start();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
            return new EmbeddedDatabase(postgres, postgres.getJdbcUrl("postgres", "postgres"),
                    properties.ephemeral() ? directory : null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    String jdbcUrl() {
        return jdbcUrl;
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
