package org.imageledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Locale;
import org.imageledger.bench.database.ProjectionWatch.CatchUp;
import org.imageledger.bench.database.RawRebuild;
import org.imageledger.bench.report.Row;
import org.imageledger.bench.report.Target;
import org.imageledger.bench.report.Unit;
import org.imageledger.bench.service.LedgerApi;
import org.imageledger.bench.service.Reply;

/**
 * The projection rebuild over every event in the store (the bulk images with their later events make it about ten
 * per image), started through the admin API and polled until it reports completion.
 */
final class RebuildRate {

    private static final String PROJECTION = "/v2/admin/projections/image-metadata";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Target TARGET = Target.atLeast(20_000);

    private RebuildRate() {}

    static Row measure(Setup setup) throws Exception {
        LedgerApi api = setup.api();
        Reply status = api.get(PROJECTION);
        if (status.status() == 404) {
            return notAvailable("GET " + PROJECTION + " answers 404: the rebuild is not in this build");
        }
        status.expect(200);
        CatchUp live = BulkLoad.changes(setup);
        if (!live.complete()) {
            return notAvailable("not started because " + live.describe());
        }
        long events = live.events();
        Progress.say(String.format(Locale.ROOT, "rebuilding over %,d events", events));
        long started = System.nanoTime();
        api.post(PROJECTION + "/rebuild").expect(202);
        awaitCompletion(api, setup.scale().catchUpTimeout());
        double ours = events / ((System.nanoTime() - started) / 1e9);
        double baseline = new RawRebuild(setup.database()).eventsPerSecond();
        return Row.of(
                        String.format(Locale.ROOT, "rebuild, %,d events", events),
                        Unit.EVENTS_PER_SECOND,
                        ours,
                        baseline,
                        TARGET)
                .withNote("from the POST to the first status that says completed; baseline: reading every event and"
                        + " batch-upserting the projection's rows into copies of its tables");
    }

    static Row notAvailable(String why) {
        return Row.notAvailable("rebuild", Unit.EVENTS_PER_SECOND, TARGET, why);
    }

    private static void awaitCompletion(LedgerApi api, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode rebuild = api.get(PROJECTION).expect(200).json().path("rebuild");
            String state = rebuild.path("state").asText();
            if (state.equals("completed")) {
                return;
            }
            if (state.equals("failed")) {
                throw new IllegalStateException("the rebuild failed: " + rebuild);
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("the rebuild did not complete within " + timeout);
    }
}
