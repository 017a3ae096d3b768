package org.imageledger.query.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.imageledger.events.ImageEvent;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.QueryNodeIT;
import org.imageledger.query.projection.RandomHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whatever the tables are given they give back: images written as changes from row to row, or copied whole, read
 * back equal to the folds they were made from, hash for hash. Into tables beside the live ones, which no event
 * reaches.
 */
@QueryNodeIT
class ImageMetadataTablesIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImageMetadataTables live;

    ImageMetadataTables tables;

    @BeforeEach
    void createTables() {
        tables = live.fresh();
        dropTables();
        for (int i = 0; i < TableNames.LIVE.names().length; i++) {
            jdbc.execute("CREATE TABLE " + TableNames.FRESH.names()[i] + " (LIKE "
                    + TableNames.LIVE.names()[i] + " INCLUDING ALL)");
        }
    }

    @AfterEach
    void dropTables() {
        jdbc.execute("DROP TABLE IF EXISTS " + String.join(", ", TableNames.FRESH.names()));
    }

    @Test
    void eachRowWrittenAsAChangeReadsBackAsItsFold() {
        SplittableRandom random = new SplittableRandom(19);
        List<ImageRow> folds = new ArrayList<>();
        long position = 0;
        for (int image = 0; image < 30; image++) {
            RandomHistory history = new RandomHistory(random, LedgerEvents.newId());
            ImageRow fold = null;
            long version = -1;
            while (history.hasNext()) {
                ImageRow before = fold;
                for (ImageEvent event : history.next()) {
                    version++;
                    fold = ImageRow.after(fold, event, at(random), version, ++position);
                }
                tables.write(before == null ? Map.of() : Map.of(before.id(), before), List.of(fold));
                ImageRow stored = tables.load(List.of(fold.id())).get(fold.id());
                assertThat(stored).isEqualTo(fold);
                assertThat(ImageDigest.of(stored)).isEqualTo(ImageDigest.of(fold));
            }
            folds.add(fold);
        }
        assertThat(tables.recencyMismatches(null)).isEmpty();

        List<ImageRow> written = new ArrayList<>();
        tables.forEachChunk(7, written::addAll);
        assertThat(written).containsExactlyInAnyOrderElementsOf(folds);
    }

    @Test
    void imagesCopiedWholeReadBackAsTheirFolds() throws Exception {
        SplittableRandom random = new SplittableRandom(20);
        List<ImageRow> folds = new ArrayList<>();
        long position = 0;
        for (int image = 0; image < 60; image++) {
            RandomHistory history = new RandomHistory(random, LedgerEvents.newId());
            ImageRow fold = null;
            long version = -1;
            while (history.hasNext()) {
                for (ImageEvent event : history.next()) {
                    fold = ImageRow.after(fold, event, at(random), ++version, ++position);
                }
            }
            folds.add(fold);
        }
        try (ImageCopy copy = tables.copy()) {
            folds.forEach(copy::add);
            copy.flush();
        }

        assertThat(tables.load(folds.stream().map(ImageRow::id).toList()).values())
                .containsExactlyInAnyOrderElementsOf(folds);
        assertThat(tables.recencyMismatches(null)).isEmpty();
    }

    /** A time at the table's precision, microseconds, so that what is read back can equal what was written. */
    private static Instant at(SplittableRandom random) {
        return Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000), random.nextInt(1_000_000) * 1_000L);
    }
}
