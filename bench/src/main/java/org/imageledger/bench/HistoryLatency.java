package org.imageledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.imageledger.bench.service.UnexpectedReply;

/**
 * History of the bulk-loaded image with a long history: its first page of 1000 entries, and all its pages by
 * following {@code next}. Baseline: the same events read a page at a time from the event table.
 */
final class HistoryLatency {

    private static final int PAGE = 1000;

    private HistoryLatency() {}

    static List<Row> measure(Setup setup) throws Exception {
        String id = GeneratedImages.id(BulkLoad.historyImage(setup.scale()));
        String firstPage = "/v2/images/" + id + "/history?limit=" + PAGE;
        int events = setup.scale().historyEvents();
        Reply probe = setup.api().get(firstPage);
        if (probe.status() == 404) {
            return notAvailable(setup.scale(),
                    "GET " + firstPage.replace(id, "{id}") + " answers 404: the audit API is not in this build");
        }
        expect(probe.expect(200).json().path("entries").size(), PAGE);

        LoadResult rawFirst = setup.loop(1).run(index -> {
            RawHistory raw = new RawHistory(setup.database());
            return LoadClient.using(raw, () -> expect(raw.page(id, 0, PAGE), PAGE));
        });
        LoadResult ourFirst = setup.loop(1).run(index -> {
            LedgerApi api = setup.api();
            return () -> api.get(firstPage).expect(200);
        });
        LoadResult rawWalk = setup.loop(1).run(index -> {
            RawHistory raw = new RawHistory(setup.database());
            return LoadClient.using(raw, () -> expect(rawWalk(raw, id), events));
        });
        LoadResult ourWalk = setup.loop(1).run(index -> {
            LedgerApi api = setup.api();
            return () -> expect(walk(api, firstPage), events);
        });
        return List.of(
                Row.of("history first page p50", Unit.MILLISECONDS, ourFirst.latencies().percentileMillis(50),
                        rawFirst.latencies().percentileMillis(50), null),
                Row.of("history first page p99", Unit.MILLISECONDS, ourFirst.latencies().percentileMillis(99),
                                rawFirst.latencies().percentileMillis(99), Target.atMost(200))
                        .withNote(String.format(Locale.ROOT, "an image with %,d events, %d entries a page", events,
                                PAGE)),
                Row.of(allPages(setup.scale()), Unit.MILLISECONDS, ourWalk.latencies().percentileMillis(50),
                        rawWalk.latencies().percentileMillis(50), null));
    }

    static List<Row> notAvailable(Scale scale, String why) {
        return List.of(
                Row.notAvailable("history first page p50", Unit.MILLISECONDS, null, why),
                Row.notAvailable("history first page p99", Unit.MILLISECONDS, Target.atMost(200), why),
                Row.notAvailable(allPages(scale), Unit.MILLISECONDS, null, why));
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

    private static void expect(int count, int expected) {
        if (count != expected) {
            throw new UnexpectedReply("expected " + expected + " history entries, read " + count);
        }
    }
}
