package org.imageledger.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.imageledger.bench.load.LoadResult;
import org.imageledger.bench.report.Row;
import org.imageledger.bench.report.Target;
import org.imageledger.bench.service.LedgerApi;

/**
 * What a flood of anonymous clients does to everyone else: the p99 of one authenticated client's GET of an image
 * while 300 clients without a token loop on {@code /versions}, each asking for a position far ahead, against the
 * same GET with nobody else about, in the same run.
 */
final class AnonymousFlood {

    private static final int FLOODERS = 300;
    private static final String METRIC = "GET image %s, 300 anonymous clients looping";
    private static final Target P99_TARGET = Target.ratioAtMost(2);

    private AnonymousFlood() {}

    static List<Row> measure(Setup setup) throws Exception {
        String id = setup.api()
                .post("/v2/images", "{\"name\": \"bench-flood\"}")
                .expect(201)
                .json()
                .path("id")
                .asText();
        LoadResult quiet = get(setup, id);
        AtomicBoolean flooding = new AtomicBoolean(true);
        AtomicLong answered = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        ExecutorService flooders = Executors.newFixedThreadPool(FLOODERS);
        LoadResult flooded;
        long started = System.nanoTime();
        try {
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest versions = HttpRequest.newBuilder(setup.service().base().resolve(URI.create("/versions")))
                    .header("Min-Position", Long.toString(Long.MAX_VALUE / 2))
                    .build();
            for (int i = 0; i < FLOODERS; i++) {
                flooders.execute(() -> loop(http, versions, flooding, answered, refused));
            }
            flooded = get(setup, id);
        } finally {
            flooding.set(false);
            flooders.shutdownNow();
            flooders.awaitTermination(30, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Row> rows = LatencyRows.of(METRIC, flooded, quiet, P99_TARGET);
        return List.of(
                rows.get(0),
                rows.get(1)
                        .withNote(String.format(
                                Locale.ROOT,
                                "baseline: the same GET with no flood; the flood got %.0f answers a second, %d of them"
                                        + " 429",
                                answered.get() / seconds,
                                refused.get())));
    }

    private static LoadResult get(Setup setup, String id) throws Exception {
        return setup.loop(1).run(index -> {
            LedgerApi api = setup.api();
            return () -> api.get("/v2/images/" + id).expect(200);
        });
    }

    private static void loop(
            HttpClient http, HttpRequest versions, AtomicBoolean flooding, AtomicLong answered, AtomicLong refused) {
        while (flooding.get()) {
            try {
                if (http.send(versions, HttpResponse.BodyHandlers.discarding()).statusCode() == 429) {
                    refused.incrementAndGet();
                }
                answered.incrementAndGet();
            } catch (InterruptedException stopped) {
                return;
            } catch (Exception e) {
                // a connection the flood wore out: the next turn opens another
            }
        }
    }
}
