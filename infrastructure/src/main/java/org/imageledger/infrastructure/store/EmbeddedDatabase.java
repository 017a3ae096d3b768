package org.imageledger.infrastructure.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the bundled binaries as a child of this process, keeping its files in
 * {@code DATA_DIR/postgres} so that a restart loses nothing, and admitting only the service's role
 * ({@link DatabaseCredentials}). It runs durable (fsync and synchronous commit on).
 *
 * <p>The process that starts it owns it, shown by a lock on {@code DATA_DIR/postgres.lock} held while it lives: it
 * restarts the server whenever it dies, and stops it when closed. A server found running on the directory while
 * nobody holds the lock was left by an owner that crashed, and is stopped before a new one starts. Where asked to,
 * a process joins the server of a live owner instead, leaving its lifecycle to that owner. It can also run on its
 * own ({@link #serve}), for nodes started as separate processes.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String JDBC_URL = "jdbc:postgresql://127.0.0.1:%d/postgres";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration RESTART_BACKOFF_LIMIT = Duration.ofSeconds(2);

    private final Path dataDirectory;
    private final int port;
    private final DatabaseCredentials credentials;
    private final Path removeOnClose;
    /** Held while this process owns the server; null when it joined another's. */
    private final FileLock ownership;

    private final Object lifecycle = new Object();
    private volatile Postmaster postmaster;
    private volatile boolean available;
    private volatile boolean closing;
    private Thread supervisor;

    private EmbeddedDatabase(
            Path dataDirectory, int port, DatabaseCredentials credentials, Path removeOnClose, FileLock ownership) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.credentials = credentials;
        this.removeOnClose = removeOnClose;
        this.ownership = ownership;
    }

    static EmbeddedDatabase start(LedgerDatabaseProperties properties) {
        try {
            Path dataDir = properties.ephemeral()
                    ? Files.createTempDirectory("image-ledger-")
                    : properties.dataDir().toAbsolutePath();
            Files.createDirectories(dataDir);
            FileLock ownership = ownership(dataDir);
            if (ownership == null) {
                if (!properties.joinRunning()) {
                    throw new IllegalStateException(alreadyRuns(dataDir));
                }
                return join(dataDir);
            }
            return launch(dataDir, 0, properties.ephemeral() ? dataDir : null, ownership);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /**
     * Starts the server alone on the data directory the service would use, for nodes that run as separate processes.
     *
     * @param port the port on 127.0.0.1, or 0 for any free one
     * @throws IllegalStateException if a live process already owns the directory's server
     */
    public static EmbeddedDatabase serve(Path dataDir, int port) {
        try {
            Path directory = dataDir.toAbsolutePath();
            Files.createDirectories(directory);
            FileLock ownership = ownership(directory);
            if (ownership == null) {
                throw new IllegalStateException(alreadyRuns(directory));
            }
            return launch(directory, port, null, ownership);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    private static String alreadyRuns(Path dataDir) {
        return "a PostgreSQL already runs on " + dataDir.resolve("postgres")
                + RunningPostmaster.on(dataDir.resolve("postgres"))
                        .map(p -> " (port " + p.port() + ")")
                        .orElse("")
                + "; stop it first";
    }

    /** The lock that makes this process the owner of the directory's server, or null if a live process holds it. */
    private static FileLock ownership(Path dataDir) throws IOException {
        FileChannel channel =
                FileChannel.open(dataDir.resolve("postgres.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
            }
            return lock;
        } catch (OverlappingFileLockException heldInThisProcess) {
            channel.close();
            return null;
        }
    }

    private static EmbeddedDatabase join(Path dataDir) {
        RunningPostmaster running = RunningPostmaster.on(dataDir.resolve("postgres"))
                .orElseThrow(() -> new IllegalStateException("the PostgreSQL on " + dataDir.resolve("postgres")
                        + " belongs to a running process but is not up; try again in a moment"));
        log.info("Using the PostgreSQL already running on port {} with data in {}", running.port(), dataDir);
        return new EmbeddedDatabase(dataDir, running.port(), DatabaseCredentials.of(dataDir), null, null);
    }

    private static EmbeddedDatabase launch(Path dataDir, int port, Path removeOnClose, FileLock ownership)
            throws IOException {
        Path directory = dataDir.resolve("postgres");
        Optional<RunningPostmaster> orphan = RunningPostmaster.on(directory);
        if (orphan.isPresent()) {
            log.warn(
                    "Stopping the PostgreSQL (PID {}) left running on {} by a process that is gone",
                    orphan.get().pid(),
                    directory);
            stopOrphan(directory);
        }
        if (!Files.exists(directory.resolve("PG_VERSION"))) {
            Programs.deleteTree(directory);
            Programs.run(
                    PostgresBinaries.command(
                            "initdb", "-D", directory.toString(), "-U", "postgres", "-E", "UTF-8", "-A", "reject"),
                    "",
                    START_TIMEOUT);
        }
        DatabaseCredentials credentials = DatabaseCredentials.inDataDirectory(dataDir);
        DatabaseLockdown.apply(directory, credentials);
        EmbeddedDatabase database =
                new EmbeddedDatabase(dataDir, port == 0 ? freePort() : port, credentials, removeOnClose, ownership);
        try {
            database.postmaster = database.startServer();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        database.available = true;
        database.supervise();
        log.info("Embedded PostgreSQL on port {} with data in {}", database.port, directory);
        return database;
    }

    /** Asks the server to shut down fast, as its own pg_ctl does, and waits until it has. */
    private static void stopOrphan(Path directory) {
        Programs.run(
                PostgresBinaries.command("pg_ctl", "stop", "-D", directory.toString(), "-m", "fast", "-w", "-t", "60"),
                "",
                Duration.ofSeconds(70));
    }

    private Postmaster startServer() {
        Postmaster started =
                Postmaster.launch(dataDirectory.resolve("postgres"), port, dataDirectory.resolve("postgres.log"));
        try {
            started.awaitReady(jdbcUrl(), credentials, START_TIMEOUT);
            return started;
        } catch (RuntimeException e) {
            started.stop();
            throw e;
        }
    }

    /** Restarts the server on the same directory and port whenever it dies, until this is closed. */
    private void supervise() {
        supervisor = new Thread(this::superviseUntilClosed, "embedded-postgres-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    private void superviseUntilClosed() {
        while (!closing) {
            Postmaster watched = postmaster;
            int exit;
            try {
                exit = watched.awaitExit();
            } catch (InterruptedException e) {
                return; // closing
            }
            if (closing) {
                return;
            }
            available = false;
            watched.forgetWatchdog();
            log.error("The embedded PostgreSQL (PID {}) exited with {}; restarting it", watched.pid(), exit);
            Duration backoff = Duration.ofMillis(100);
            while (!closing) {
                try {
                    synchronized (lifecycle) {
                        if (closing) {
                            return;
                        }
                        postmaster = startServer();
                    }
                    available = true;
                    log.info("The embedded PostgreSQL is back (PID {})", postmaster.pid());
                    break;
                } catch (RuntimeException e) {
                    log.warn(
                            "Restarting the embedded PostgreSQL failed, trying again in {}: {}",
                            backoff,
                            e.getMessage());
                    try {
                        Thread.sleep(backoff.toMillis());
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                    backoff = backoff.multipliedBy(2).compareTo(RESTART_BACKOFF_LIMIT) > 0
                            ? RESTART_BACKOFF_LIMIT
                            : backoff.multipliedBy(2);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    String jdbcUrl() {
        return JDBC_URL.formatted(port);
    }

    /** The port the server listens on, on 127.0.0.1. */
    public int port() {
        return port;
    }

    public DatabaseCredentials credentials() {
        return credentials;
    }

    /**
     * Whether the server is up, as far as this process knows: false from the moment the server it owns dies until
     * it is back. A joined server is taken to be up; the pool finds out otherwise.
     */
    boolean available() {
        return ownership == null || available;
    }

    @Override
    public void close() throws IOException {
        if (ownership == null || closing) {
            return;
        }
        closing = true;
        available = false;
        if (supervisor != null) {
            supervisor.interrupt(); // a restart under way gives up
        }
        synchronized (lifecycle) {
            if (postmaster != null) {
                postmaster.stop();
                log.info("Embedded PostgreSQL stopped");
            }
        }
        ownership.release();
        ownership.channel().close();
        if (removeOnClose != null) {
            Programs.deleteTree(removeOnClose);
        }
    }
}
