package org.imageledger.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.imageledger.bench.database.GeneratedImages;
import org.imageledger.bench.database.RawReads;
import org.imageledger.bench.load.LoadClient;
import org.imageledger.bench.load.LoadResult;
import org.imageledger.bench.report.Row;
import org.imageledger.bench.report.Target;
import org.imageledger.bench.service.LedgerApi;

/**
 * Read latency over the bulk-loaded images, one client at a time: GET of a random image, and the first page of a
 * filtered list. Baseline: the same statements the query side runs, over JDBC.
 */
final class ReadLatency {

    private static final int PAGE = 100;
    private static final String FORMAT = "qcow2";
    private static final String DISTRO = "ubuntu";
    private static final String LIST = "/v2/images?disk_format=" + FORMAT + "&os_distro=" + DISTRO + "&limit=" + PAGE;
    private static final String GET_METRIC = "GET image %s";
    private static final String LIST_METRIC = "list filtered %s";
    private static final Target LIST_TARGET = Target.ratioAtMost(2);

    private ReadLatency() {}

    static List<Row> measure(Setup setup) throws Exception {
        analyze(setup);
        LoadResult rawGet = rawGet(setup);
        LoadResult ourGet = ourGet(setup);
        LoadResult rawList = rawList(setup);
        LoadResult ourList = ourList(setup);
        List<Row> rows = new ArrayList<>(LatencyRows.of(GET_METRIC, ourGet, rawGet, null));
        List<Row> list = LatencyRows.of(LIST_METRIC, ourList, rawList, LIST_TARGET);
        rows.add(list.get(0));
        rows.add(list.get(1)
                .withNote("GET " + LIST + " over " + setup.scale().images() + " images, about 4 % of which match"));
        return rows;
    }

    /**
     * Fresh statistics for the tables the bulk load just filled, before either side reads: without them the planner
     * guesses, and whichever side runs first pays for it until autovacuum catches up.
     */
    private static void analyze(Setup setup) throws SQLException {
        try (Connection connection = setup.database().connect();
                Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE image_metadata, image_property, image_tag");
        }
    }

    static List<Row> notAvailable(String why) {
        List<Row> rows = new ArrayList<>(LatencyRows.notAvailable(GET_METRIC, null, why));
        rows.addAll(LatencyRows.notAvailable(LIST_METRIC, LIST_TARGET, why));
        return rows;
    }

    private static LoadResult ourGet(Setup setup) throws Exception {
        int images = setup.scale().images();
        return setup.loop(1).run(index -> {
            LedgerApi api = setup.api();
            Random random = new Random(index);
            return () -> api.get("/v2/images/" + GeneratedImages.id(random.nextInt(images)))
                    .expect(200);
        });
    }

    private static LoadResult rawGet(Setup setup) throws Exception {
        int images = setup.scale().images();
        return setup.loop(1).run(index -> {
            RawReads raw = new RawReads(setup.database());
            Random random = new Random(index);
            return LoadClient.using(
                    raw, () -> Counts.require(raw.image(GeneratedImages.id(random.nextInt(images))), 1, "image"));
        });
    }

    private static LoadResult ourList(Setup setup) throws Exception {
        return setup.loop(1).run(index -> {
            LedgerApi api = setup.api();
            Counts.require(api.get(LIST).expect(200).json().path("images").size(), PAGE, "listed images");
            return () -> api.get(LIST).expect(200);
        });
    }

    private static LoadResult rawList(Setup setup) throws Exception {
        return setup.loop(1).run(index -> {
            RawReads raw = new RawReads(setup.database());
            return LoadClient.using(raw, () -> Counts.require(raw.list(FORMAT, DISTRO, PAGE), PAGE, "listed images"));
        });
    }
}
