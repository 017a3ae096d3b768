package org.imageledger.standalone;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.imageledger.testing.LedgerClient;

/** The standalone jar in a JVM of its own on a data directory, as an operator runs it, its output in a log file. */
final class ServiceProcess {

    /** The jar this module builds, or another build's by {@code -Dimage-ledger.jar=…} (to compare with it). */
    private static final Path JAR = Path.of(System.getProperty("image-ledger.jar", "target/image-ledger.jar"));

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static ServiceProcess start(Path dataDir, Path log) throws IOException {
        int port = freePort();
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        JAR.toString(),
                        "--server.port=" + port,
                        "--image-ledger.data-dir=" + dataDir,
                        "--image-ledger.admin-token=" + LedgerClient.ADMIN_TOKEN)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ServiceProcess(process, port, log);
    }

    /** Waits until health says UP; answers how long that took from now. */
    Duration awaitHealthy(Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + "\n" + logTail());
            }
            if (healthStatus() == 200) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not healthy within " + timeout + "\n" + logTail());
    }

    /** The status /actuator/health answers, or 0 when nothing answers. */
    int healthStatus() {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notAnswering) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    LedgerClient client() {
        return new LedgerClient(port);
    }

    long pid() {
        return process.pid();
    }

    /** Its children: the PostgreSQL server and the watchdog that stops it should this process die. */
    List<ProcessHandle> children() {
        return process.children().toList();
    }

    Optional<ProcessHandle> watchdog() {
        return children().stream()
                .filter(child -> child.info().commandLine().orElse("").contains("kill -INT"))
                .findFirst();
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Sends SIGTERM and answers how long the process took to end, or null if it did not within the limit. */
    Duration terminate(Duration limit) throws InterruptedException {
        long started = System.nanoTime();
        process.destroy();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            return null;
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    void stop() throws InterruptedException {
        if (process.isAlive() && terminate(Duration.ofSeconds(30)) == null) {
            kill();
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "cannot read " + log + ": " + e;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
