package org.imageledger.infrastructure.store;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * One run of the PostgreSQL server as a child of this process, and its watchdog: a shell that waits for this JVM to
 * go away (its standard input, a pipe from this JVM, reaching end of file, which the kernel makes happen whatever
 * the JVM dies of) and then asks the server to shut down fast. So a crashed service does not leave its database
 * running for long; a start-up check catches what the watchdog could not (a watchdog killed with the JVM, say).
 */
final class Postmaster {

    /** The server's only way in: TCP on loopback, with the hba written beside it. No unix socket at all. */
    private static final List<String> SETTINGS = List.of(
            "listen_addresses=127.0.0.1",
            "unix_socket_directories=",
            "password_encryption=scram-sha-256",
            // durable: what is acknowledged survives a crash of the machine, not only of the process
            "fsync=on",
            "synchronous_commit=on",
            "max_connections=100",
            "timezone=UTC");

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final Path dataDirectory;
    private final Process server;
    private final Process watchdog;

    private Postmaster(Path dataDirectory, Process server, Process watchdog) {
        this.dataDirectory = dataDirectory;
        this.server = server;
        this.watchdog = watchdog;
    }

    static Postmaster launch(Path dataDirectory, int port, Path log) {
        List<String> command = new ArrayList<>(
                PostgresBinaries.command("postgres", "-D", dataDirectory.toString(), "-p", Integer.toString(port)));
        for (String setting : SETTINGS) {
            command.add("-c");
            command.add(setting);
        }
        try {
            Process server = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            Process watchdog = new ProcessBuilder(
                            "/bin/sh", "-c", "read -r _; kill -INT " + server.pid() + " 2>/dev/null")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new Postmaster(dataDirectory, server, watchdog);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    /**
     * Waits until the server accepts the role's connections.
     *
     * @throws IllegalStateException if it exits or does not get there in time
     */
    void awaitReady(String jdbcUrl, DatabaseCredentials credentials, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Properties properties = new Properties();
        properties.setProperty("user", credentials.username());
        properties.setProperty("password", credentials.password());
        properties.setProperty("connectTimeout", "1");
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited with " + server.exitValue() + " while starting");
            }
            try (Connection connection = DriverManager.getConnection(jdbcUrl, properties)) {
                if (connection.isValid(1)) {
                    return;
                }
            } catch (SQLException notYet) {
                last = notYet;
            }
            sleep(Duration.ofMillis(50));
        }
        throw new IllegalStateException("PostgreSQL did not accept connections within " + timeout
                + (last == null ? "" : ": " + last.getMessage()));
    }

    long pid() {
        return server.pid();
    }

    boolean isAlive() {
        return server.isAlive();
    }

    /** Blocks until the server process ends. */
    int awaitExit() throws InterruptedException {
        return server.waitFor();
    }

    /** The server has gone: its watchdog has nothing left to stop, and must not signal a process id reused since. */
    void forgetWatchdog() {
        watchdog.destroyForcibly();
    }

    /**
     * Stops the server with a fast shutdown (open sessions are ended, what is committed is on disk), or kills it
     * if that takes too long; the next start then recovers from the log as after a crash.
     */
    void stop() {
        forgetWatchdog();
        if (!server.isAlive()) {
            return;
        }
        try {
            Programs.run(
                    PostgresBinaries.command(
                            "pg_ctl",
                            "stop",
                            "-D",
                            dataDirectory.toString(),
                            "-m",
                            "fast",
                            "-w",
                            "-t",
                            Long.toString(STOP_TIMEOUT.toSeconds())),
                    "",
                    STOP_TIMEOUT.plusSeconds(2));
        } catch (IllegalStateException e) {
            server.destroyForcibly();
        }
        try {
            if (!server.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                server.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.destroyForcibly();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while PostgreSQL was starting", e);
        }
    }
}
