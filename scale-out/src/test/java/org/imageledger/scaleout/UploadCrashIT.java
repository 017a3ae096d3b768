package org.imageledger.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.imageledger.testing.JavaProcess;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.LoopbackPort;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone jar killed (SIGKILL) in the middle of an upload, then started again on the same data: the image is
 * queued again, with an event saying why, no byte of the upload is left, and the image takes a new upload.
 */
class UploadCrashIT {

    private static final String TOKEN = "upload-crash-admin";
    private static final Duration START = Duration.ofSeconds(150);

    @TempDir
    Path dataDir;

    private final List<JavaProcess> processes = new ArrayList<>();
    private Database givenServer;
    private Database database;
    private Path logDir;

    @Test
    void aServiceKilledMidUploadLeavesTheImageQueuedAndNoFileOnceItStartsAgain() throws Exception {
        logDir = Files.createDirectories(Path.of("target", "upload-crash-logs"));
        startDatabase();
        Path images = dataDir.resolve("images");
        int port = LoopbackPort.free();
        LedgerClient http = new LedgerClient("standalone", port, TOKEN);
        JavaProcess first = startService("standalone-1", port, images, http);
        JsonNode created = http.post(
                        "/v2/images", "{\"name\": \"crash\", \"disk_format\": \"raw\", \"container_format\": \"bare\"}")
                .json();
        String id = created.get("id").asText();

        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /v2/images/" + id + "/file HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: " + TOKEN
                            + "\r\nContent-Type: application/octet-stream\r\nContent-Length: 4194304\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024 * 1024]);
            out.flush();
            await().atMost(Duration.ofSeconds(30)).until(() -> "saving".equals(status(http, id)));
            first.kill();
        }
        assertThat(filesOf(images, id)).as("what the killed upload left").isNotEmpty();

        startService("standalone-2", port, images, http);
        await().atMost(Duration.ofSeconds(30)).until(() -> "queued".equals(status(http, id)));
        JsonNode last = lastHistoryEntry(http, id);
        assertThat(last.get("event").asText()).isEqualTo("ImageDataUploadFailed");
        assertThat(last.get("actor").asText()).isEqualTo("image-ledger:service");
        assertThat(filesOf(images, id)).isEmpty();

        Reply upload = http.putData("/v2/images/" + id + "/file", new byte[4096]);
        assertThat(upload.status())
                .as("a new upload after the restart: %s", upload)
                .isEqualTo(204);
        assertThat(status(http, id)).isEqualTo("active");
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).stop();
        }
        if (givenServer != null && database != null) {
            givenServer.drop(database);
        }
    }

    private void startDatabase() throws IOException {
        givenServer = Database.fromEnvironment();
        if (givenServer != null) {
            database = givenServer.createBeside();
            return;
        }
        int port = LoopbackPort.free();
        JavaProcess postgres = JavaProcess.start(
                "postgres",
                jar(),
                JavaProcess.SMALL_JVM,
                List.of("database", "--port=" + port, "--image-ledger.data-dir=" + dataDir),
                Map.of(),
                logDir.resolve("postgres.log"));
        processes.add(postgres);
        // the role and password the database command makes on first start
        Path password = dataDir.resolve("database-password");
        awaitOrFail(postgres, () -> {
            if (!Files.exists(password)) {
                return false;
            }
            database = new Database(
                    "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "ledger",
                    Files.readString(password).strip());
            return database.answers();
        });
    }

    private JavaProcess startService(String name, int port, Path images, LedgerClient http) {
        List<String> args = new ArrayList<>(List.of(
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--image-ledger.data-dir=" + dataDir,
                "--image-ledger.data.dir=" + images));
        args.addAll(database.nodeArguments());
        JavaProcess service = JavaProcess.start(
                name,
                jar(),
                JavaProcess.SMALL_JVM,
                args,
                Map.of("IMAGE_LEDGER_ADMIN_TOKEN", TOKEN),
                logDir.resolve(name + ".log"));
        processes.add(service);
        awaitOrFail(service, () -> healthy(http));
        return service;
    }

    private static void awaitOrFail(JavaProcess process, java.util.concurrent.Callable<Boolean> ready) {
        await().atMost(START).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError(process.name() + " exited\n" + process.logTail(60));
            }
            return ready.call();
        });
    }

    private static boolean healthy(LedgerClient http) {
        try {
            return http.get("/actuator/health").status() == 200;
        } catch (UncheckedIOException notListeningYet) {
            return false;
        }
    }

    private static String status(LedgerClient http, String id) {
        return http.get("/v2/images/" + id).json().get("status").asText();
    }

    private static JsonNode lastHistoryEntry(LedgerClient http, String id) {
        JsonNode entries = http.get("/v2/images/" + id + "/history").json().get("entries");
        return entries.get(entries.size() - 1);
    }

    /** The image's files anywhere under the store's directory: its data, or an upload's partial data or lock. */
    private static List<Path> filesOf(Path images, String id) throws IOException {
        try (Stream<Path> files = Files.walk(images)) {
            return files.filter(file -> file.getFileName().toString().startsWith(id))
                    .toList();
        }
    }

    private static Path jar() {
        return Path.of(System.getProperty("image-ledger.standalone-jar", "missing-standalone.jar"));
    }
}
