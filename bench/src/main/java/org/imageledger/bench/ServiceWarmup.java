package org.imageledger.bench;

import java.time.Duration;
import org.imageledger.bench.load.ClosedLoop;
import org.imageledger.bench.load.LoadClient;
import org.imageledger.bench.service.LedgerApi;

/**
 * Brings a freshly started service to its steady state before anything is timed. A new JVM interprets the request
 * path and compiles it over its first tens of seconds of load; measured from the start, the first section would pay
 * for that compilation and the later ones would not. Every client creates an image, patches it, and reads it back
 * one way and another, over and over.
 */
final class ServiceWarmup {

    /** Requests per image: one create, then patches, then reads of it and of a list. */
    private static final int ROUND = 12;

    private ServiceWarmup() {}

    static void run(Setup setup, int clients) throws Exception {
        new ClosedLoop(clients, setup.scale().serviceWarmup(), Duration.ZERO).run(index -> mixed(setup.api()));
    }

    private static LoadClient mixed(LedgerApi api) {
        String[] path = {null};
        long[] step = {0};
        return () -> {
            long at = step[0]++ % ROUND;
            if (at == 0) {
                path[0] = "/v2/images/" + ImageRequests.create(api);
            } else if (at < ROUND - 3) {
                api.patch(path[0], ImageRequests.replaceProperty(step[0])).expect(200);
            } else if (at < ROUND - 1) {
                api.get(path[0]).expect(200);
            } else {
                api.get("/v2/images?disk_format=qcow2&limit=20").expect(200);
            }
        };
    }
}
