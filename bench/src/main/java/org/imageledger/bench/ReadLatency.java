package org.imageledger.bench;

import java.util.List;
import java.util.Random;
import org.imageledger.bench.database.GeneratedImages;
import org.imageledger.bench.database.RawReads;
import org.imageledger.bench.load.LoadClient;
import org.imageledger.bench.load.LoadResult;
import org.imageledger.bench.report.Row;
import org.imageledger.bench.report.Target;
import org.imageledger.bench.report.Unit;
import org.imageledger.bench.service.LedgerApi;
import org.imageledger.bench.service.UnexpectedReply;

/**
 * Read latency over the bulk-loaded images, one client at a time: GET of a random image, and the first page of a
 * filtered list. Baseline: the same statements the query side runs, over JDBC.
 */
final class ReadLatency {

    private static final int PAGE = 100;
    private static final String FORMAT = "qcow2";
    private static final String DISTRO = "ubuntu";
    private static final String LIST =
            "/v2/images?disk_format=" + FORMAT + "&os_distro=" + DISTRO + "&limit=" + PAGE;

    private ReadLatency() {}

    static List<Row> measure(Setup setup) throws Exception {
        int images = setup.scale().images();
        LoadResult rawGet = setup.loop(1).run(index -> {
            RawReads raw = new RawReads(setup.database());
            Random random = new Random(index);
            return LoadClient.using(raw, () -> expect(raw.image(GeneratedImages.id(random.nextInt(images))), 1));
        });
        LoadResult ourGet = setup.loop(1).run(index -> {
            LedgerApi api = setup.api();
            Random random = new Random(index);
            return () -> api.get("/v2/images/" + GeneratedImages.id(random.nextInt(images))).expect(200);
        });
        LoadResult rawList = setup.loop(1).run(index -> {
            RawReads raw = new RawReads(setup.database());
            return LoadClient.using(raw, () -> expect(raw.list(FORMAT, DISTRO, PAGE), PAGE));
        });
        LoadResult ourList = setup.loop(1).run(index -> {
            LedgerApi api = setup.api();
            expect(api.get(LIST).expect(200).json().path("images").size(), PAGE);
            return () -> api.get(LIST).expect(200);
        });
        return List.of(
                Row.of("GET image p50", Unit.MILLISECONDS, ourGet.latencies().percentileMillis(50),
                        rawGet.latencies().percentileMillis(50), null),
                Row.of("GET image p99", Unit.MILLISECONDS, ourGet.latencies().percentileMillis(99),
                        rawGet.latencies().percentileMillis(99), null),
                Row.of("list filtered p50", Unit.MILLISECONDS, ourList.latencies().percentileMillis(50),
                        rawList.latencies().percentileMillis(50), null),
                Row.of("list filtered p99", Unit.MILLISECONDS, ourList.latencies().percentileMillis(99),
                                rawList.latencies().percentileMillis(99), Target.ratioAtMost(2))
                        .withNote("GET " + LIST + " over " + images + " images, about 4 % of which match"));
    }

    static List<Row> notAvailable(String why) {
        return List.of(
                Row.notAvailable("GET image p50", Unit.MILLISECONDS, null, why),
                Row.notAvailable("GET image p99", Unit.MILLISECONDS, null, why),
                Row.notAvailable("list filtered p50", Unit.MILLISECONDS, null, why),
                Row.notAvailable("list filtered p99", Unit.MILLISECONDS, Target.ratioAtMost(2), why));
    }

    private static void expect(int count, int expected) {
        if (count != expected) {
            throw new UnexpectedReply("expected " + expected + " images, read " + count);
        }
    }
}
