package org.imageledger.bench.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The service's HTTP API as one client sees it: its own connection (HTTP/1.1, kept alive), the admin token on every
 * request. One instance per simulated client, so that clients never queue behind each other in the load generator.
 */
public final class LedgerApi {

    private static final String PATCH_TYPE = "application/openstack-images-v2.1-json-patch";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    public LedgerApi(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    public Reply get(String pathAndQuery) {
        return send(request(pathAndQuery).GET(), "GET " + pathAndQuery);
    }

    public Reply post(String path, String json) {
        return send(
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                "POST " + path);
    }

    public Reply post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()), "POST " + path);
    }

    public Reply patch(String path, String jsonPatch) {
        return send(
                request(path)
                        .header("Content-Type", PATCH_TYPE)
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(jsonPatch)),
                "PATCH " + path);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(TIMEOUT)
                .header("X-Auth-Token", token);
    }

    private Reply send(HttpRequest.Builder request, String description) {
        try {
            return new Reply(description, http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(description + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(description + " interrupted", e);
        }
    }
}
