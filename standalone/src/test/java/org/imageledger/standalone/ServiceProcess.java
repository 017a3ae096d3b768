package org.imageledger.standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imageledger.testing.JavaProcess;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.LoopbackPort;

/** The standalone jar in a JVM of its own on a data directory, as an operator runs it, its output in a log file. */
final class ServiceProcess {

    /** The jar this module builds, or another build's by {@code -Dimage-ledger.jar=…} (to compare with it). */
    private static final Path JAR = Path.of(System.getProperty("image-ledger.jar", "target/image-ledger.jar"));

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A small heap, and C1 only: it lives for a minute or two. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");

    private static final Duration STOP_LIMIT = Duration.ofSeconds(30);

    private final JavaProcess process;
    private final int port;

    private ServiceProcess(JavaProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static ServiceProcess start(Path dataDir, Path log) throws IOException {
        int port = LoopbackPort.free();
        List<String> args = List.of(
                "--server.port=" + port,
                "--image-ledger.data-dir=" + dataDir,
                "--image-ledger.admin-token=" + LedgerClient.ADMIN_TOKEN);
        return new ServiceProcess(JavaProcess.start("service", JAR, JVM_OPTIONS, args, Map.of(), log), port);
    }

    /** Waits until health says UP; answers how long that took from now. */
    Duration awaitHealthy(Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited\n" + logTail());
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
        return process.children();
    }

    Optional<ProcessHandle> watchdog() {
        return children().stream()
                .filter(child -> child.info().commandLine().orElse("").contains("kill -INT"))
                .findFirst();
    }

    void kill() throws InterruptedException {
        process.kill();
    }

    /** Sends SIGTERM and answers how long the process took to end, or null if it did not within the limit. */
    Duration terminate(Duration limit) throws InterruptedException {
        return process.terminate(limit);
    }

    void stop() throws InterruptedException {
        process.stop(STOP_LIMIT);
    }

    String logTail() {
        return process.logTail(60);
    }
}
