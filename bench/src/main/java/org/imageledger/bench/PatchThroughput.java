package org.imageledger.bench;

import java.util.ArrayList;
import java.util.List;
import org.imageledger.bench.database.RawEventTable;
import org.imageledger.bench.load.LoadClient;
import org.imageledger.bench.load.LoadResult;
import org.imageledger.bench.report.Row;
import org.imageledger.bench.report.Target;
import org.imageledger.bench.report.Unit;
import org.imageledger.bench.service.LedgerApi;

/**
 * PATCH throughput and latency: each client replaces one property of its own image, again and again. Baseline: the
 * same number of JDBC clients, each appending to its own stream as an optimistic event store must at the least.
 */
final class PatchThroughput {

    private PatchThroughput() {}

    static List<Row> measure(Setup setup, RawEventTable raw, int clients, Target throughputTarget) throws Exception {
        LoadResult baseline = setup.loop(clients).run(index -> raw.optimisticAppender(Setup.ACTOR));
        LoadResult ours = setup.loop(clients).run(index -> patcher(setup.api()));
        String label = clients == 1 ? "1 client" : clients + " clients";
        List<Row> rows = new ArrayList<>();
        rows.add(
                Row.of("PATCH/s, " + label, Unit.PER_SECOND, ours.perSecond(), baseline.perSecond(), throughputTarget));
        rows.addAll(LatencyRows.of("PATCH %s, " + label, ours, baseline, null));
        return rows;
    }

    /** A client that patches an image of its own, created before it is timed. */
    private static LoadClient patcher(LedgerApi api) {
        String path = "/v2/images/" + ImageRequests.create(api);
        long[] values = {0};
        return () -> api.patch(path, ImageRequests.replaceProperty(++values[0])).expect(200);
    }
}
