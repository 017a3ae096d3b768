package org.imageledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imageledger.bench.database.GeneratedImages;
import org.imageledger.bench.database.RawHistory;
import org.imageledger.bench.load.LoadClient;
import org.imageledger.bench.load.LoadResult;
import org.imageledger.bench.report.Row;
import org.imageledger.bench.report.Target;
import org.imageledger.bench.report.Unit;
import org.imageledger.bench.service.LedgerApi;
import org.imageledger.bench.service.Reply;

/**
 * History of the bulk-loaded image with a long history: its first page of 1000 entries, and all its pages by
 * following {@code next}. Baseline: the same events read a page at a time from the event table.
 */
final class HistoryLatency {

    private static final int PAGE = 1000;
    private static final String FIRST_PAGE_METRIC = "history first page %s";
    private static final Target FIRST_PAGE_TARGET = Target.atMost(200);

    private HistoryLatency() {}

    static List<Row> measure(Setup setup) throws Exception {
        String id = GeneratedImages.id(BulkLoad.historyImage(setup.scale()));
        String firstPage = "/v2/images/" + id + "/history?limit=" + PAGE;
        Reply probe = setup.api().get(firstPage);
        if (probe.status() == 404) {
            return notAvailable(
                    setup.scale(),
                    "GET " + firstPage.replace(id, "{id}") + " answers 404: the audit API is not in this build");
        }
        Counts.require(probe.expect(200).json().path("entries").size(), PAGE, "history entries");
        int events = setup.scale().historyEvents();
        LoadResult rawFirst = setup.loop(1).run(index -> {
            RawHistory raw = new RawHistory(setup.database());
            return LoadClient.using(raw, () -> Counts.require(raw.page(id, 0, PAGE), PAGE, "events"));
        });
        LoadResult ourFirst = setup.loop(1).run(index -> {
            LedgerApi api = setup.api();
            return () -> api.get(firstPage).expect(200);
        });
        LoadResult rawWalk = setup.loop(1).run(index -> {
            RawHistory raw = new RawHistory(setup.database());
            return LoadClient.using(raw, () -> Counts.require(rawWalk(raw, id), events, "events"));
        });
        LoadResult ourWalk = setup.loop(1).run(index -> {
            LedgerApi api = setup.api();
            return () -> Counts.require(walk(api, firstPage), events, "history entries");
        });
        List<Row> rows = new ArrayList<>(LatencyRows.of(FIRST_PAGE_METRIC, ourFirst, rawFirst, FIRST_PAGE_TARGET));
        rows.set(
                1,
                rows.get(1)
                        .withNote(String.format(
                                Locale.ROOT, "an image with %,d events, %d entries a page", events, PAGE)));
        rows.add(Row.of(
                allPages(setup.scale()),
                Unit.MILLISECONDS,
                ourWalk.latencies().percentileMillis(50),
                rawWalk.latencies().percentileMillis(50),
                null));
        return rows;
    }

    static List<Row> notAvailable(Scale scale, String why) {
        List<Row> rows = new ArrayList<>(LatencyRows.notAvailable(FIRST_PAGE_METRIC, FIRST_PAGE_TARGET, why));
        rows.add(Row.notAvailable(allPages(scale), Unit.MILLISECONDS, null, why));
        return rows;
    }

    private static String allPages(Scale scale) {
        return String.format(Locale.ROOT, "history all %d pages p50", (scale.historyEvents() + PAGE - 1) / PAGE);
    }

    /** Follows {@code next} from the first page to the last; returns the number of entries seen. */
    private static int walk(LedgerApi api, String firstPage) {
        int entries = 0;
        String page = firstPage;
        while (page != null) {
            JsonNode body = api.get(page).expect(200).json();
            entries += body.path("entries").size();
            JsonNode next = body.path("next");
            page = next.isTextual() ? next.asText() : null;
        }
        return entries;
    }

    private static int rawWalk(RawHistory raw, String id) throws Exception {
        int entries = 0;
        int read;
        do {
            read = raw.page(id, entries, PAGE);
            entries += read;
        } while (read == PAGE);
        return entries;
    }
}
