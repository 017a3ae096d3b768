package org.imageledger.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How big and how long a run is. Each load warms up (not recorded) and is then measured for a fixed window; the full
 * run uses the sizes the targets are stated for, the quick one checks that everything works in a couple of minutes.
 *
 * @param serviceWarmup mixed load on the freshly started service before its first measurement, not recorded
 * @param images bulk-loaded images that reads, rebuild and catch-up work over
 * @param historyEvents events of the one image whose history is read
 * @param changesPerImage later events per bulk image, loaded only for the rebuild (9 makes it 10 events per image)
 * @param catchUpTimeout the longest the projection is waited for after a bulk load
 */
record Scale(
        String mode,
        Duration serviceWarmup,
        Duration warmup,
        Duration window,
        int images,
        int historyEvents,
        int changesPerImage,
        Duration catchUpTimeout) {

    static Scale full() {
        return new Scale(
                "full",
                Duration.ofSeconds(30),
                Duration.ofSeconds(3),
                Duration.ofSeconds(10),
                100_000,
                10_000,
                9,
                Duration.ofMinutes(6));
    }

    static Scale quick() {
        return new Scale(
                "quick",
                Duration.ofSeconds(5),
                Duration.ofSeconds(1),
                Duration.ofSeconds(3),
                5_000,
                2_000,
                9,
                Duration.ofMinutes(2));
    }

    /** The size of the image whose data is uploaded and downloaded: 1 GiB, or 128 MiB in a quick run. */
    long imageDataBytes() {
        return mode.equals("full") ? 1L << 30 : 128L << 20;
    }

    /** What the JSON records beside the figures, so that only runs of the same shape are compared. */
    Map<String, Object> settings(int clients) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("service_warmup_seconds", serviceWarmup.toSeconds());
        settings.put("warmup_seconds", warmup.toSeconds());
        settings.put("window_seconds", window.toSeconds());
        settings.put("clients", clients);
        settings.put("images", images);
        settings.put("history_events", historyEvents);
        settings.put("changes_per_image", changesPerImage);
        settings.put("catch_up_timeout_seconds", catchUpTimeout.toSeconds());
        return settings;
    }
}
