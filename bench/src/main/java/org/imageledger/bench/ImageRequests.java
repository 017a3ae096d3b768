package org.imageledger.bench;

import org.imageledger.bench.service.LedgerApi;

/**
 * The write requests the benchmarks send: a small create, and a PATCH that replaces one custom property. The write
 * baselines insert events of the same size (see RawEventTable).
 */
final class ImageRequests {

    static final String CREATE =
            "{\"name\": \"bench\", \"disk_format\": \"qcow2\", \"container_format\": \"bare\", \"bench_key\": \"v0\"}";

    private ImageRequests() {}

    /** Creates an image; returns its id. */
    static String create(LedgerApi api) {
        return api.post("/v2/images", CREATE).expect(201).json().path("id").asText();
    }

    /** A PATCH body that gives the property a value it has not had before, so every request writes an event. */
    static String replaceProperty(long value) {
        return "[{\"op\": \"replace\", \"path\": \"/bench_key\", \"value\": \"v" + value + "\"}]";
    }
}
