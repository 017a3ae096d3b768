package org.imageledger.infrastructure.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the bundled binaries, keeping its files in a directory so that a restart loses
 * nothing. It runs durable: the library's default turns synchronous_commit off, which could lose an acknowledged
 * write in a crash.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Path removeOnClose;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path removeOnClose) {
        this.postgres = postgres;
        this.removeOnClose = removeOnClose;
    }

    static EmbeddedDatabase start(LedgerDatabaseProperties properties) {
        try {
            Path directory = properties.ephemeral()
                    ? Files.createTempDirectory("image-ledger-")
                    : properties.dataDir().toAbsolutePath().resolve("postgres");
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
            return new EmbeddedDatabase(postgres, properties.ephemeral() ? directory : null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        if (removeOnClose != null) {
            try (Stream<Path> files = Files.walk(removeOnClose)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
