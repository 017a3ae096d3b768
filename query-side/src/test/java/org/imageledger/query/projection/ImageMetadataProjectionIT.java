package org.imageledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imageledger.events.ImageState;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.QueryNodeTest;
import org.junit.jupiter.api.Test;

/**
 * The projection against the fold: random but plausible histories for hundreds of images, appended by concurrent
 * writers, must leave every row equal to the fold of that image's events.
 */
class ImageMetadataProjectionIT extends QueryNodeTest {

    private static final int IMAGES = 300;
    private static final int WRITERS = 4;

    @Test
    void everyRowEqualsTheFoldOfItsImagesEvents() throws Exception {
        long seed = System.nanoTime();
        Map<String, Long> lastPositions = new ConcurrentHashMap<>();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                SplittableRandom random = new SplittableRandom(seed + writer);
                done.add(writers.submit(() -> {
                    for (int i = 0; i < IMAGES / WRITERS; i++) {
                        RandomHistory history = new RandomHistory(random, LedgerEvents.newId());
                        while (history.hasNext()) {
                            lastPositions.put(history.imageId(), ledger.append(history.next()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }
        ledger.awaitAllApplied();

        TableRows table = new TableRows(jdbc);
        assertThat(lastPositions).hasSize(IMAGES);
        lastPositions.forEach((id, position) -> {
            ImageState fold = ledger.fold(id);
            assertThat(table.image(id)).as("image %s (seed %d)", id, seed).isEqualTo(TableRows.asStored(fold));
            assertThat(table.position(id))
                    .as("position of image %s (seed %d)", id, seed)
                    .isEqualTo(position);
        });
    }
}
