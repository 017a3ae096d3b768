package org.imageledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.imageledger.bench.database.ProjectionWatch;
import org.imageledger.bench.database.VersionWatch;
import org.imageledger.bench.load.Latencies;
import org.imageledger.bench.load.LoadResult;
import org.imageledger.bench.report.Row;
import org.imageledger.bench.report.Target;
import org.imageledger.bench.report.Unit;
import org.imageledger.bench.service.LedgerApi;

/**
 * Projection lag under sustained write load: each writer patches its own image, and the time from each 2xx to the
 * new version showing in image_metadata is taken from the table itself, not through the API, whose reads in the
 * standalone service wait for the projection. It starts from a projection that has applied every earlier event.
 */
final class ProjectionLag {

    private static final Duration DRAIN = Duration.ofSeconds(30);

    private ProjectionLag() {}

    static List<Row> measure(Setup setup, int writers) throws Exception {
        // the sections before leave a backlog behind when they write faster than the projection applies
        ProjectionWatch.CatchUp caughtUp = new ProjectionWatch(setup.database()).awaitCaughtUp(DRAIN);
        if (!caughtUp.complete()) {
            throw new TimeoutException("the lag was not measured because " + caughtUp.describe());
        }
        List<LedgerApi> apis = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            LedgerApi api = setup.api();
            apis.add(api);
            ids.add(ImageRequests.create(api));
        }
        try (VersionWatch watch = new VersionWatch(setup.database(), ids)) {
            LoadResult load = setup.loop(writers).run(index -> {
                LedgerApi api = apis.get(index);
                String path = "/v2/images/" + ids.get(index);
                long[] values = {0};
                return () -> watch.acknowledged(
                        index,
                        api.patch(path, ImageRequests.replaceProperty(++values[0]))
                                .expect(200)
                                .version());
            });
            Latencies lags = watch.finish(load, DRAIN);
            String label = ", " + writers + " writers";
            return List.of(
                    Row.of("projection lag p50" + label, Unit.MILLISECONDS, lags.percentileMillis(50), null, null),
                    Row.of(
                            "projection lag p99" + label,
                            Unit.MILLISECONDS,
                            lags.percentileMillis(99),
                            null,
                            Target.atMost(100)));
        }
    }
}
