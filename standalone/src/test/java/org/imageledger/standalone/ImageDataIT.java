package org.imageledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.imageledger.infrastructure.imagedata.ImageDataConfiguration.ImageDataDirectory;
import org.imageledger.testing.LedgerClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Image data through the Glance endpoints: upload, download, ranges, limits, and uploads that end badly. */
@SpringBootTest(
        classes = StandaloneApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "image-ledger.data.max-size=64KB")
class ImageDataIT {

    private static final String OCTETS = "application/octet-stream";

    @LocalServerPort
    int port;

    @Autowired
    ImageDataDirectory store;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void uploadedDataComesBackWithItsChecksums() throws Exception {
        LedgerClient api = new LedgerClient(port);
        String id = createImage(LedgerClient.ADMIN_TOKEN);
        byte[] data = randomBytes(3000, 1);

        HttpResponse<String> upload = put(id, data, LedgerClient.ADMIN_TOKEN);
        assertThat(upload.statusCode()).isEqualTo(204);
        assertThat(upload.headers().firstValue("ETag")).contains("\"2\"");

        var image = api.send("GET", "/v2/images/" + id, null, null).json();
        assertThat(image.get("status").asText()).isEqualTo("active");
        assertThat(image.get("size").asLong()).isEqualTo(3000);
        assertThat(image.get("virtual_size").isNull()).isTrue();
        assertThat(image.get("checksum").asText()).isEqualTo(hex("MD5", data));
        assertThat(image.get("os_hash_algo").asText()).isEqualTo("sha512");
        assertThat(image.get("os_hash_value").asText()).isEqualTo(hex("SHA-512", data));

        HttpResponse<byte[]> download = get(id, null, LedgerClient.ADMIN_TOKEN);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(data);
        assertThat(download.headers().firstValue("Content-MD5")).contains(hex("MD5", data));
        assertThat(download.headers().firstValue("Content-Type")).contains(OCTETS);

        var history = api.send("GET", "/v2/images/" + id + "/history", null, null)
                .json()
                .get("entries");
        assertThat(history.findValuesAsText("event"))
                .containsExactly("ImageCreated", "ImageDataUploadStarted", "ImageDataUploaded");
        var blame = api.send("GET", "/v2/images/" + id + "/blame", null, null)
                .json()
                .get("fields");
        assertThat(blame.get("checksum").get("version").asLong()).isEqualTo(2);
        var verified = api.send("POST", "/v2/admin/projections/image-metadata/verify", null, null)
                .json();
        assertThat(verified.get("mismatch_count").asInt()).isZero();
    }

    @Test
    void aChunkedUploadWithoutLengthIsTakenWhole() throws Exception {
        String id = createImage(LedgerClient.ADMIN_TOKEN);
        byte[] data = randomBytes(5000, 2);
        HttpResponse<String> upload = http.send(
                request(id, LedgerClient.ADMIN_TOKEN)
                        .header("Content-Type", OCTETS)
                        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(data)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).isEqualTo(204);
        assertThat(get(id, null, LedgerClient.ADMIN_TOKEN).body()).isEqualTo(data);
    }

    @Test
    void rangesAreAnsweredAsGlanceAnswersThem() throws Exception {
        String id = createImage(LedgerClient.ADMIN_TOKEN);
        byte[] data = randomBytes(1000, 3);
        put(id, data, LedgerClient.ADMIN_TOKEN);

        HttpResponse<byte[]> middle = get(id, "bytes=10-19", LedgerClient.ADMIN_TOKEN);
        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.headers().firstValue("Content-Range")).contains("bytes 10-19/1000");
        assertThat(middle.body()).isEqualTo(java.util.Arrays.copyOfRange(data, 10, 20));
        assertThat(middle.headers().firstValue("Content-MD5")).contains(hex("MD5", data));

        assertThat(get(id, "bytes=990-2000", LedgerClient.ADMIN_TOKEN).headers().firstValue("Content-Range"))
                .contains("bytes 990-999/1000");
        assertThat(get(id, "bytes=-10", LedgerClient.ADMIN_TOKEN).body())
                .isEqualTo(java.util.Arrays.copyOfRange(data, 990, 1000));
        assertThat(get(id, "bytes=995-", LedgerClient.ADMIN_TOKEN).body())
                .isEqualTo(java.util.Arrays.copyOfRange(data, 995, 1000));
        assertThat(get(id, "bytes=1000-", LedgerClient.ADMIN_TOKEN).statusCode())
                .isEqualTo(416);
        assertThat(get(id, "bytes=5-2", LedgerClient.ADMIN_TOKEN).statusCode()).isEqualTo(416);
        assertThat(get(id, "bytes=abc", LedgerClient.ADMIN_TOKEN).statusCode()).isEqualTo(416);
        assertThat(get(id, "bytes=0-1,5-6", LedgerClient.ADMIN_TOKEN).statusCode())
                .isEqualTo(400);
    }

    @Test
    void anImageWithoutDataAnswersNoContent() throws Exception {
        String id = createImage(LedgerClient.ADMIN_TOKEN);
        HttpResponse<byte[]> download = get(id, null, LedgerClient.ADMIN_TOKEN);
        assertThat(download.statusCode()).isEqualTo(204);
        assertThat(download.body()).isEmpty();
    }

    @Test
    void aSecondUploadConflictsAndKeepsTheFirst() throws Exception {
        String id = createImage(LedgerClient.ADMIN_TOKEN);
        byte[] first = randomBytes(100, 4);
        put(id, first, LedgerClient.ADMIN_TOKEN);
        assertThat(put(id, randomBytes(100, 5), LedgerClient.ADMIN_TOKEN).statusCode())
                .isEqualTo(409);
        assertThat(get(id, null, LedgerClient.ADMIN_TOKEN).body()).isEqualTo(first);
    }

    @Test
    void dataBeyondTheLimitIsRefusedAndLeavesTheImageQueuedWithoutAFile() throws Exception {
        LedgerClient api = new LedgerClient(port);
        String declared = createImage(LedgerClient.ADMIN_TOKEN);
        assertThat(put(declared, randomBytes(70_000, 6), LedgerClient.ADMIN_TOKEN)
                        .statusCode())
                .isEqualTo(413);
        var untouched = api.send("GET", "/v2/images/" + declared, null, null).json();
        assertThat(untouched.get("status").asText()).isEqualTo("queued");
        assertThat(untouched.get("version").asLong()).isZero();

        String chunked = createImage(LedgerClient.ADMIN_TOKEN);
        byte[] tooMuch = randomBytes(70_000, 7);
        HttpResponse<String> refused = http.send(
                request(chunked, LedgerClient.ADMIN_TOKEN)
                        .header("Content-Type", OCTETS)
                        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(tooMuch)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(413);
        var failed = api.send("GET", "/v2/images/" + chunked, null, null).json();
        assertThat(failed.get("status").asText()).isEqualTo("queued");
        assertThat(failed.get("size").isNull()).isTrue();
        assertThat(filesOf(chunked)).isEmpty();
    }

    @Test
    void anUploadCutHalfwayLeavesTheImageQueuedAndNoFile() throws Exception {
        LedgerClient api = new LedgerClient(port);
        String id = createImage(LedgerClient.ADMIN_TOKEN);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /v2/images/" + id + "/file HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: "
                            + LedgerClient.ADMIN_TOKEN + "\r\nContent-Type: " + OCTETS
                            + "\r\nContent-Length: 4000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(randomBytes(2000, 8));
            out.flush();
            await().atMost(Duration.ofSeconds(30)).until(() -> "saving".equals(status(api, id)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "queued".equals(status(api, id)));
        var history = api.send("GET", "/v2/images/" + id + "/history", null, null)
                .json()
                .get("entries");
        assertThat(history.findValuesAsText("event")).last().isEqualTo("ImageDataUploadFailed");
        await().atMost(Duration.ofSeconds(10)).until(() -> filesOf(id).isEmpty());
    }

    @Test
    void deletingAnImageRemovesItsData() throws Exception {
        LedgerClient api = new LedgerClient(port);
        String id = createImage(LedgerClient.ADMIN_TOKEN);
        put(id, randomBytes(100, 9), LedgerClient.ADMIN_TOKEN);
        assertThat(filesOf(id)).hasSize(1);
        assertThat(api.send("DELETE", "/v2/images/" + id, null, null).status()).isEqualTo(204);
        assertThat(filesOf(id)).isEmpty();
    }

    @Test
    void aDeactivatedImageIsDownloadedByAdminsOnly() throws Exception {
        LedgerClient admin = new LedgerClient(port);
        String id = createImage("demo-member");
        byte[] data = randomBytes(100, 10);
        assertThat(put(id, data, "demo-member").statusCode()).isEqualTo(204);
        assertThat(admin.send("POST", "/v2/images/" + id + "/actions/deactivate", null, null)
                        .status())
                .isEqualTo(204);
        assertThat(get(id, null, "demo-member").statusCode()).isEqualTo(403);
        assertThat(get(id, null, LedgerClient.ADMIN_TOKEN).body()).isEqualTo(data);
    }

    @Test
    void onlyThoseWhoMayChangeAnImageUploadItsData() throws Exception {
        String id = createImage("demo-member");
        assertThat(put(id, randomBytes(10, 11), "demo-reader").statusCode()).isEqualTo(403);
        assertThat(put(id, randomBytes(10, 11), "other-member").statusCode()).isEqualTo(404);
        assertThat(get(id, null, "other-member").statusCode()).isEqualTo(404);
        assertThat(put("00000000-0000-4000-8000-000000000000", randomBytes(10, 11), LedgerClient.ADMIN_TOKEN)
                        .statusCode())
                .isEqualTo(404);
        assertThat(status(new LedgerClient(port), id)).isEqualTo("queued");
    }

    private String createImage(String token) {
        var created = new LedgerClient(port, token)
                .send(
                        "POST",
                        "/v2/images",
                        "application/json",
                        "{\"name\": \"data\", \"disk_format\": \"raw\", \"container_format\": \"bare\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static String status(LedgerClient api, String id) {
        return api.send("GET", "/v2/images/" + id, null, null)
                .json()
                .get("status")
                .asText();
    }

    private List<Path> filesOf(String id) throws IOException {
        try (Stream<Path> files = Files.walk(store.path())) {
            return files.filter(file -> file.getFileName().toString().startsWith(id))
                    .toList();
        }
    }

    private HttpResponse<String> put(String id, byte[] data, String token) throws Exception {
        return http.send(
                request(id, token)
                        .header("Content-Type", OCTETS)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(data))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> get(String id, String range, String token) throws Exception {
        HttpRequest.Builder request = request(id, token).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String id, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v2/images/" + id + "/file"))
                .header("X-Auth-Token", token);
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String hex(String algorithm, byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
    }
}
