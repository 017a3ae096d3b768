package org.imageledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.imageledger.bench.report.Row;
import org.imageledger.bench.report.Target;
import org.imageledger.bench.report.Unit;

/**
 * One image's data uploaded and downloaded over HTTP, each against {@code cat} of the same file to the same disk in
 * the same run, through a pipe (the upload against copying the source file, the download against copying the stored
 * one). Every
 * copy counts until its bytes are on the disk, as the store's own writes do (it fsyncs what it keeps): {@code cat}
 * and the downloaded file are synced before the clock stops, and each timing starts after a {@code sync}, so that
 * none pays for what the one before it left dirty. The service's resident memory is sampled while the bytes
 * stream: it must stay flat, whatever the image's size.
 */
final class ImageDataTransfer {

    private static final int CHUNK = 1 << 20;
    private static final Duration SAMPLE = Duration.ofMillis(100);
    private static final Duration TRANSFER_TIMEOUT = Duration.ofMinutes(10);

    private ImageDataTransfer() {}

    /** @param dir a directory on the disk that holds the service's image data */
    static List<Row> measure(Setup setup, Path dir, long size) throws Exception {
        Path source = dir.resolve("bench-image.bin");
        writeRandom(source, size);
        try {
            Path catCopy = dir.resolve("bench-cat-copy.bin");
            double catUpload = catSeconds(source, catCopy, false);
            double catUploadInKernel = catSeconds(source, catCopy, true);
            String id = setup.api()
                    .post(
                            "/v2/images",
                            "{\"name\": \"bench-data\", \"disk_format\": \"raw\", \"container_format\": \"bare\"}")
                    .expect(201)
                    .json()
                    .path("id")
                    .asText();
            URL file =
                    setup.service().base().resolve("/v2/images/" + id + "/file").toURL();
            long rssBefore = residentKilobytes(setup);
            AtomicLong rssPeak = new AtomicLong(rssBefore);
            Thread sampler = new Thread(() -> sample(setup, rssPeak), "rss-sampler");
            sampler.setDaemon(true);
            sampler.start();
            double upload;
            double download;
            double discarded;
            Path downloaded = dir.resolve("bench-download.bin");
            try {
                upload = seconds(() -> upload(setup, file, source));
                download = seconds(() -> download(setup, file, downloaded));
                if (Files.size(downloaded) != size) {
                    throw new IllegalStateException("downloaded " + Files.size(downloaded) + " of " + size + " bytes");
                }
                discarded = seconds(() -> discard(setup, file, size));
            } finally {
                sampler.interrupt();
                Files.deleteIfExists(downloaded);
            }
            Path stored = dir.resolve("images").resolve(id);
            double catDownload = catSeconds(stored, catCopy, false);
            double catDownloadInKernel = catSeconds(stored, catCopy, true);
            HttpURLConnection delete = connect(
                    setup, setup.service().base().resolve("/v2/images/" + id).toURL(), "DELETE");
            expect(204, delete);
            String bytes = String.format(Locale.ROOT, "%,d MiB", size >> 20);
            return List.of(
                    Row.of(
                                    "image data upload, " + bytes,
                                    Unit.MEGABYTES_PER_SECOND,
                                    mib(size) / upload,
                                    mib(size) / catUpload,
                                    Target.ratioAtLeast(0.5))
                            .withNote(baselineNote("the file", mib(size) / catUploadInKernel)),
                    Row.of(
                                    "image data download, " + bytes,
                                    Unit.MEGABYTES_PER_SECOND,
                                    mib(size) / download,
                                    mib(size) / catDownload,
                                    Target.ratioAtLeast(0.5))
                            .withNote(baselineNote("the stored file", mib(size) / catDownloadInKernel)),
                    Row.of(
                                    "image data download, client discarding, " + bytes,
                                    Unit.MEGABYTES_PER_SECOND,
                                    mib(size) / discarded,
                                    mib(size) / catDownload,
                                    null)
                            .withNote("what the service sends when the client writes nothing; baseline as above"),
                    Row.of(
                                    "RSS growth while streaming",
                                    Unit.MEGABYTES,
                                    (rssPeak.get() - rssBefore) / 1024.0,
                                    null,
                                    Target.atMost(64))
                            .withNote(String.format(Locale.ROOT, "RSS %.0f MB before", rssBefore / 1024.0)));
        } finally {
            Files.deleteIfExists(source);
        }
    }

    static Row notAvailable(String why) {
        return Row.notAvailable("image data upload and download", Unit.MEGABYTES_PER_SECOND, null, why);
    }

    @FunctionalInterface
    private interface Transfer {
        void run() throws Exception;
    }

    private static double seconds(Transfer transfer) throws Exception {
        run("sync");
        long start = System.nanoTime();
        transfer.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /*
     * The transfers go through HttpURLConnection, which streams a body straight between the socket and a file; the
     * JDK's HttpClient moves it in small buffers through its selector thread and halves what the client can take in.
     */
    private static void upload(Setup setup, URL file, Path source) throws IOException {
        HttpURLConnection put = connect(setup, file, "PUT");
        put.setDoOutput(true);
        put.setFixedLengthStreamingMode(Files.size(source));
        put.setRequestProperty("Content-Type", "application/octet-stream");
        try (OutputStream body = put.getOutputStream()) {
            Files.copy(source, body);
        }
        expect(204, put);
    }

    private static void download(Setup setup, URL file, Path target) throws IOException, InterruptedException {
        HttpURLConnection get = connect(setup, file, "GET");
        expect(200, get);
        try (InputStream body = get.getInputStream()) {
            Files.copy(body, target);
        }
        run("sync", target.toString());
    }

    private static void discard(Setup setup, URL file, long size) throws IOException {
        HttpURLConnection get = connect(setup, file, "GET");
        expect(200, get);
        try (InputStream body = get.getInputStream()) {
            long read = body.transferTo(OutputStream.nullOutputStream());
            if (read != size) {
                throw new IllegalStateException("downloaded " + read + " of " + size + " bytes");
            }
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static HttpURLConnection connect(Setup setup, URL url, String method) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod(method);
        connection.setReadTimeout((int) TRANSFER_TIMEOUT.toMillis());
        connection.setRequestProperty("X-Auth-Token", setup.token());
        return connection;
    }

    private static void expect(int status, HttpURLConnection response) throws IOException {
        if (response.getResponseCode() != status) {
            throw new IllegalStateException(response.getRequestMethod() + " " + response.getURL() + " answered "
                    + response.getResponseCode() + ", not " + status);
        }
    }

    /**
     * {@code cat FROM | cat > TO; sync TO}, timed; the copy is removed afterwards. Through a pipe, as the bytes of a
     * transfer pass through the processes at either end: {@code cat FROM > TO} alone copies in the kernel
     * ({@code copy_file_range}), which is measured beside it ({@code inKernel}) for the record.
     */
    private static double catSeconds(Path from, Path to, boolean inKernel) throws Exception {
        List<String> command =
                inKernel ? List.of("cat", from.toString()) : List.of("sh", "-c", "cat \"$0\" | cat", from.toString());
        double seconds = seconds(() -> {
            Process cat =
                    new ProcessBuilder(command).redirectOutput(to.toFile()).start();
            if (cat.waitFor() != 0) {
                throw new IllegalStateException("cat " + from + " failed");
            }
            run("sync", to.toString());
        });
        Files.delete(to);
        return seconds;
    }

    private static String baselineNote(String what, double inKernelPerSecond) {
        return String.format(
                Locale.ROOT,
                "baseline: cat %s | cat to the same disk; cat alone copies in the kernel (copy_file_range), %.0f MB/s",
                what,
                inKernelPerSecond);
    }

    private static void writeRandom(Path file, long size) throws IOException {
        SplittableRandom random = new SplittableRandom(18);
        byte[] chunk = new byte[CHUNK];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += CHUNK) {
                random.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(CHUNK, size - written));
            }
        }
    }

    private static void sample(Setup setup, AtomicLong peak) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(residentKilobytes(setup), Math::max);
                Thread.sleep(SAMPLE.toMillis());
            }
        } catch (InterruptedException | IOException stopped) {
            // the transfers are over
        }
    }

    /** The service's resident memory now (VmRSS), in kilobytes. */
    private static long residentKilobytes(Setup setup) throws IOException {
        for (String line : Files.readAllLines(
                Path.of("/proc", Long.toString(setup.service().pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for the service");
    }

    private static double mib(long bytes) {
        return bytes / (double) (1 << 20);
    }
}
