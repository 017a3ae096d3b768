package org.imageledger.bench;

import org.imageledger.bench.database.RawEventTable;
import org.imageledger.bench.load.LoadResult;
import org.imageledger.bench.report.Row;
import org.imageledger.bench.report.Unit;
import org.imageledger.bench.service.LedgerApi;

/** Create throughput: every request a new image. Baseline: one single-row insert transaction per image. */
final class CreateThroughput {

    private CreateThroughput() {}

    static Row measure(Setup setup, RawEventTable raw, int clients) throws Exception {
        LoadResult baseline = setup.loop(clients).run(index -> raw.creator(Setup.ACTOR));
        LoadResult ours = setup.loop(clients).run(index -> {
            LedgerApi api = setup.api();
            return () -> api.post("/v2/images", ImageRequests.CREATE).expect(201);
        });
        return Row.of(
                "create/s, " + clients + " clients", Unit.PER_SECOND, ours.perSecond(), baseline.perSecond(), null);
    }
}
