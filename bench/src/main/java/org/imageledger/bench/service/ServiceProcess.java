package org.imageledger.bench.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The standalone jar as a separate process, started exactly as a user starts it against an external PostgreSQL, its
 * output going to a log file.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration GRACE = Duration.ofSeconds(20);

    private final Process process;
    private final long startedNanos;
    private final URI base;
    private final Path log;

    private ServiceProcess(Process process, long startedNanos, URI base, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.base = base;
        this.log = log;
    }

    /** The heap the README recommends; without it the JVM grows its heap to a quarter of the machine's memory. */
    public static final String HEAP_LIMIT = "-Xmx256m";

    public static ServiceProcess start(Path jar, int port, String jdbcUrl, String token, Path dataDir, Path log) {
        return start(jar, List.of(), port, jdbcUrl, token, dataDir, log);
    }

    /** As {@link #start(Path, int, String, String, Path, Path)}, with options for the JVM after the heap limit. */
    public static ServiceProcess start(
            Path jar, List<String> jvmOptions, int port, String jdbcUrl, String token, Path dataDir, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(HEAP_LIMIT);
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--image-ledger.datasource.url=" + jdbcUrl,
                "--image-ledger.datasource.username=postgres",
                "--image-ledger.admin-token=" + token,
                "--image-ledger.data-dir=" + dataDir));
        try {
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            // a bench stopped by a signal never reaches close(); its service must not outlive it
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "bench-service-stop"));
            return new ServiceProcess(process, started, URI.create("http://127.0.0.1:" + port), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + jar, e);
        }
    }

    /** Waits until {@code /actuator/health} answers UP; returns the time since the process was started. */
    public Duration awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = startedNanos + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException notListeningYet) {
                // the port opens late in start-up
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("the service was not healthy within " + timeout + ", see " + log);
    }

    public URI base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    /** The most resident memory the process has had so far (VmHWM), in megabytes. */
    public double peakResidentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            throw new IllegalStateException("no VmHWM in /proc/" + process.pid() + "/status");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks the service to stop, and kills it if it has not within the grace period. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
