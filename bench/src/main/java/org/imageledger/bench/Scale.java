package org.imageledger.bench;

import java.time.Duration;

/**
 * How big and how long a run is. Each load warms up (not recorded) and is then measured for a fixed window; the full
 * run uses the sizes the targets are stated for, the quick one checks that everything works in a couple of minutes.
 *
 * @param images bulk-loaded images that reads, rebuild and catch-up work over
 * @param historyEvents events of the one image whose history is read
 * @param changesPerImage later events per bulk image, loaded only for the rebuild (9 makes it 10 events per image)
 */
record Scale(
        String mode,
        Duration warmup,
        Duration window,
        int images,
        int historyEvents,
        int changesPerImage,
        Duration catchUpTimeout) {

    static Scale full() {
        return new Scale("full", Duration.ofSeconds(3), Duration.ofSeconds(10), 100_000, 10_000, 9,
                Duration.ofMinutes(10));
    }

    static Scale quick() {
        return new Scale("quick", Duration.ofSeconds(1), Duration.ofSeconds(3), 10_000, 10_000, 9,
                Duration.ofMinutes(3));
    }
}
