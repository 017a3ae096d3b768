package org.imageledger.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * the same run (the upload against copying the source file, the download against copying the stored one). The
 * service's resident memory is sampled while the bytes stream: it must stay flat, whatever the image's size.
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
            double catUpload = catSeconds(source, dir.resolve("bench-cat-upload.bin"));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String id = setup.api().post("/v2/images",
                            "{\"name\": \"bench-data\", \"disk_format\": \"raw\", \"container_format\": \"bare\"}")
                    .expect(201).json().path("id").asText();
            URI file = setup.service().base().resolve("/v2/images/" + id + "/file");
            long rssBefore = residentKilobytes(setup);
            AtomicLong rssPeak = new AtomicLong(rssBefore);
            Thread sampler = new Thread(() -> sample(setup, rssPeak), "rss-sampler");
            sampler.setDaemon(true);
            sampler.start();
            double upload;
            double download;
            try {
                upload = seconds(() -> expect(204, http.send(HttpRequest.newBuilder(file).timeout(TRANSFER_TIMEOUT)
                        .header("X-Auth-Token", setup.token()).header("Content-Type", "application/octet-stream")
                        .PUT(HttpRequest.BodyPublishers.ofFile(source)).build(), HttpResponse.BodyHandlers.discarding())));
                Path downloaded = dir.resolve("bench-download.bin");
                download = seconds(() -> expect(200, http.send(HttpRequest.newBuilder(file).timeout(TRANSFER_TIMEOUT)
                        .header("X-Auth-Token", setup.token()).GET().build(), HttpResponse.BodyHandlers.ofFile(downloaded))));
                if (Files.size(downloaded) != size) {
                    throw new IllegalStateException("downloaded " + Files.size(downloaded) + " of " + size + " bytes");
                }
                Files.delete(downloaded);
            } finally {
                sampler.interrupt();
            }
            Path stored = dir.resolve("images").resolve(id);
            double catDownload = catSeconds(stored, dir.resolve("bench-cat-download.bin"));
            expect(204, http.send(HttpRequest.newBuilder(setup.service().base().resolve("/v2/images/" + id))
                    .header("X-Auth-Token", setup.token()).DELETE().build(), HttpResponse.BodyHandlers.discarding()));
            String bytes = String.format(Locale.ROOT, "%,d MiB", size >> 20);
            return List.of(
                    Row.of("image data upload, " + bytes, Unit.MEGABYTES_PER_SECOND, mib(size) / upload,
                            mib(size) / catUpload, Target.ratioAtLeast(0.5)).withNote("baseline: cat of the file"),
                    Row.of("image data download, " + bytes, Unit.MEGABYTES_PER_SECOND, mib(size) / download,
                            mib(size) / catDownload, Target.ratioAtLeast(0.5)).withNote("baseline: cat of the stored file"),
                    Row.of("RSS growth while streaming", Unit.MEGABYTES, (rssPeak.get() - rssBefore) / 1024.0, null,
                            Target.atMost(64)).withNote(String.format(Locale.ROOT, "RSS %.0f MB before",
                            rssBefore / 1024.0)));
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
        long start = System.nanoTime();
        transfer.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void expect(int status, HttpResponse<?> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ", not " + status);
        }
    }

    /** {@code cat FROM > TO}, timed; the copy is removed afterwards. */
    private static double catSeconds(Path from, Path to) throws Exception {
        double seconds = seconds(() -> {
            Process cat = new ProcessBuilder("cat", from.toString()).redirectOutput(to.toFile()).start();
            if (cat.waitFor() != 0) {
                throw new IllegalStateException("cat " + from + " failed");
            }
        });
        Files.delete(to);
        return seconds;
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
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(setup.service().pid()), "status"))) {
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
