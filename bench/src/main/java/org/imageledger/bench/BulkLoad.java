package org.imageledger.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.imageledger.bench.database.EventCopy;
import org.imageledger.bench.database.GeneratedImages;
import org.imageledger.bench.database.ProjectionWatch;
import org.imageledger.bench.database.ProjectionWatch.CatchUp;
import org.imageledger.bench.database.RawRebuild;
import org.imageledger.bench.database.StoredEvents;
import org.imageledger.bench.report.Row;
import org.imageledger.bench.report.Unit;

/**
 * Puts data in place far faster than the API could: valid events written straight into the service's event table,
 * then the projection left to catch up on its own, which is timed. The wait is bounded, so a slow projection costs a
 * bounded time and is reported, not waited out.
 */
final class BulkLoad {

    /** The catch-up row, and whether the projection got all the way, which the reads need. */
    record Loaded(Row row, CatchUp catchUp) {}

    private BulkLoad() {}

    /** The number of the one image with a long history; it comes right after the bulk images. */
    static int historyImage(Scale scale) {
        return scale.images();
    }

    /** Loads the bulk images and the history image; answers the projection's catch-up rate beside PostgreSQL's. */
    static Loaded images(Setup setup) throws Exception {
        Scale scale = setup.scale();
        StoredEvents events = setup.events();
        ProjectionWatch watch = new ProjectionWatch(setup.database());
        long before = watch.awaitCaughtUp(scale.catchUpTimeout()).applied();
        // creation times one second apart, ending now, so that the default sort order means something
        Instant first = Instant.now().minusSeconds(scale.images());
        long loaded;
        try (EventCopy copy = new EventCopy(setup.database())) {
            for (int number = 0; number < scale.images(); number++) {
                copy.append(events.of(GeneratedImages.created(number), 0, first.plusSeconds(number), Setup.ACTOR));
            }
            int history = historyImage(scale);
            copy.append(events.of(GeneratedImages.created(history), 0, Instant.now(), Setup.ACTOR));
            for (int version = 1; version < scale.historyEvents(); version++) {
                copy.append(events.of(GeneratedImages.change(history, version), version, Instant.now(), Setup.ACTOR));
            }
            loaded = copy.commit();
        }
        long committed = System.nanoTime();
        Progress.say(String.format(Locale.ROOT, "loaded %,d events; waiting for the projection", loaded));
        CatchUp catchUp = watch.awaitCaughtUp(scale.catchUpTimeout());
        Duration took = Duration.ofNanos(System.nanoTime() - committed);
        double baseline = new RawRebuild(setup.database()).eventsPerSecond();
        String note = "live projection after a bulk load, timed from the commit; baseline: reading every event and"
                + " batch-upserting the projection's rows into copies of its tables";
        Row row = Row.of(
                        String.format(Locale.ROOT, "catch-up, %,d events", loaded),
                        Unit.EVENTS_PER_SECOND,
                        (catchUp.applied() - before) / (took.toNanos() / 1e9),
                        baseline,
                        null)
                .withNote(catchUp.complete() ? note : note + "; it did not finish: " + catchUp.describe());
        return new Loaded(row, catchUp);
    }

    /** Gives every bulk image its later events, which the rebuild then has to replay; waits for the projection. */
    static CatchUp changes(Setup setup) throws Exception {
        Scale scale = setup.scale();
        StoredEvents events = setup.events();
        long loaded;
        try (EventCopy copy = new EventCopy(setup.database())) {
            for (int number = 0; number < scale.images(); number++) {
                for (int version = 1; version <= scale.changesPerImage(); version++) {
                    copy.append(
                            events.of(GeneratedImages.change(number, version), version, Instant.now(), Setup.ACTOR));
                }
            }
            loaded = copy.commit();
        }
        Progress.say(String.format(Locale.ROOT, "loaded %,d more events; waiting for the projection", loaded));
        return new ProjectionWatch(setup.database()).awaitCaughtUp(scale.catchUpTimeout());
    }
}
