package org.imageledger.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain HTTP client for one node's API, sending exactly the bytes and headers a Glance client would: the path and
 * query as written, one token, and whatever headers a test adds. It never retries or follows redirects.
 */
public final class LedgerClient {

    public static final String JSON_PATCH = "application/openstack-images-v2.1-json-patch";
    /** The admin token the test configurations grant. */
    public static final String ADMIN_TOKEN = "admin-secret";

    public static final String TOKEN_HEADER = "X-Auth-Token";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final URI base;
    private final String token;
    private final Map<String, String> defaultHeaders;
    private final Duration timeout;

    /** A client with the admin token. */
    public LedgerClient(int port) {
        this(port, ADMIN_TOKEN);
    }

    /** A client that sends this token (none when null) unless a request names its own. */
    public LedgerClient(int port, String token) {
        this("node", port, token);
    }

    /** A client of the node with this name, which failures mention. */
    public LedgerClient(String name, int port, String token) {
        this(name, URI.create("http://127.0.0.1:" + port), token, Map.of(), TIMEOUT);
    }

    private LedgerClient(String name, URI base, String token, Map<String, String> defaultHeaders, Duration timeout) {
        this.name = name;
        this.base = base;
        this.token = token;
        this.defaultHeaders = defaultHeaders;
        this.timeout = timeout;
    }

    /** The same client, sending this header on every request too (unless a request names its own). */
    public LedgerClient withHeader(String header, String value) {
        Map<String, String> headers = new LinkedHashMap<>(defaultHeaders);
        headers.put(header, value);
        return new LedgerClient(name, base, token, Map.copyOf(headers), timeout);
    }

    /** The same client, sending this token instead (none when null), for asking as another caller. */
    public LedgerClient withToken(String otherToken) {
        return new LedgerClient(name, base, otherToken, defaultHeaders, timeout);
    }

    /** The same client, waiting this long for each answer, for writes that a test holds up on purpose. */
    public LedgerClient withTimeout(Duration answerWithin) {
        return new LedgerClient(name, base, token, defaultHeaders, answerWithin);
    }

    public String name() {
        return name;
    }

    /** Where the requests go, for asserting the links a node builds from them. */
    public URI base() {
        return base;
    }

    public Reply get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, null, Map.of());
    }

    public Reply get(String pathAndQuery, Map<String, String> headers) {
        return send("GET", pathAndQuery, null, null, headers);
    }

    /** A request without a body. */
    public Reply send(String method, String pathAndQuery) {
        return send(method, pathAndQuery, null, null, Map.of());
    }

    public Reply send(String method, String pathAndQuery, String contentType, String body) {
        return send(method, pathAndQuery, contentType, body, Map.of());
    }

    public Reply send(
            String method, String pathAndQuery, String contentType, String body, Map<String, String> headers) {
        return exchange(
                method,
                pathAndQuery,
                contentType,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                headers);
    }

    public Reply post(String path, String json) {
        return send("POST", path, "application/json", json, Map.of());
    }

    /** {@code POST /v2/images} with this JSON body. */
    public Reply create(String json) {
        return post("/v2/images", json);
    }

    /** Creates an image with this name; its id. */
    public String createImage(String imageName) {
        Reply reply = create("{\"name\": \"" + imageName + "\"}");
        if (reply.status() != 201) {
            throw new IllegalStateException(name + " refused a create: " + reply);
        }
        return reply.json().get("id").asText();
    }

    /** A JSON patch of the image. */
    public Reply patch(String imageId, String patch) {
        return patch(imageId, patch, Map.of());
    }

    public Reply patch(String imageId, String patch, Map<String, String> headers) {
        return send("PATCH", "/v2/images/" + imageId, JSON_PATCH, patch, headers);
    }

    /** Uploads image data with its length. */
    public Reply putData(String path, byte[] data) {
        return exchange(
                "PUT", path, "application/octet-stream", HttpRequest.BodyPublishers.ofByteArray(data), Map.of());
    }

    private Reply exchange(
            String method,
            String pathAndQuery,
            String contentType,
            HttpRequest.BodyPublisher body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(timeout)
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null && !names(headers, TOKEN_HEADER)) {
            request.header(TOKEN_HEADER, token);
        }
        defaultHeaders.forEach((header, value) -> {
            if (!names(headers, header)) {
                request.header(header, value);
            }
        });
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + name + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean names(Map<String, String> headers, String header) {
        return headers.keySet().stream().anyMatch(header::equalsIgnoreCase);
    }
}
