package org.imageledger.infrastructure.access;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keystone's token API on loopback, answering as Debian's Keystone 22 answered (bodies recorded from it, cut to what
 * a validation reads): {@code POST /v3/auth/tokens} issues the service token, {@code GET /v3/auth/tokens} validates
 * the subject tokens it was told about and answers 404 for any other, 401 for a service token it no longer knows.
 */
final class RecordedKeystone implements AutoCloseable {

    static final String MEMBER_PROJECT = "5b3ab3a8d7ce4f3c8c1e6a1c2f0e9d41";

    private final HttpServer server;
    private final Map<String, String> validTokens = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger validations = new AtomicInteger();
    private volatile Instant serviceTokenExpiry;
    private volatile String serviceToken;

    RecordedKeystone(Instant serviceTokenExpiry) throws IOException {
        this.serviceTokenExpiry = serviceTokenExpiry;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v3/auth/tokens", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Keystone's answer for a project-scoped token with these roles (implied ones expanded, as Keystone does). */
    static String projectToken(String project, Instant expiresAt, String... roles) {
        StringBuilder roleList = new StringBuilder();
        for (String role : roles) {
            roleList.append(roleList.isEmpty() ? "" : ", ")
                    .append("{\"id\": \"")
                    .append(Integer.toHexString(role.hashCode()))
                    .append("\", \"name\": \"")
                    .append(role)
                    .append("\"}");
        }
        return """
                {"token": {"methods": ["password"], "user": {"domain": {"id": "default", "name": "Default"},
                 "id": "0b7a5d3a9d8c4e0e9c1b5a3e2f4d6c8a", "name": "tempest-user", "password_expires_at": null},
                 "audit_ids": ["S0d8a3Yb2WQm2Y6H1Lq4Xg"], "expires_at": "%s", "issued_at": "2026-12-04T15:49:06.000000Z",
                 "project": {"domain": {"id": "default", "name": "Default"}, "id": "%s", "name": "tempest-project"},
                 "is_domain": false, "roles": [%s], "catalog": []}}
                """.formatted(expiresAt, project, roleList);
    }

    /** The answer for a system-scoped token (tempest's {@code system_admin}). */
    static String systemToken(Instant expiresAt) {
        return """
                {"token": {"methods": ["password"], "user": {"domain": {"id": "default", "name": "Default"},
                 "id": "9c1b5a3e2f4d6c8a0b7a5d3a9d8c4e0e", "name": "tempest-system-admin"},
                 "audit_ids": ["Tq2XgS0d8a3Yb2WQm2Y6H1"], "expires_at": "%s", "issued_at": "2026-12-04T15:49:06.000000Z",
                 "system": {"all": true}, "roles": [{"id": "1", "name": "admin"}, {"id": "2", "name": "member"},
                 {"id": "3", "name": "reader"}], "catalog": []}}
                """.formatted(expiresAt);
    }

    void knows(String token, String answer) {
        validTokens.put(token, answer);
    }

    void revoke(String token) {
        validTokens.remove(token);
    }

    /** Forgets the service token it issued, as Keystone does when it expires or its keys rotate. */
    void forgetServiceToken() {
        serviceToken = null;
    }

    void serviceTokensExpireAt(Instant expiry) {
        serviceTokenExpiry = expiry;
    }

    int serviceTokensIssued() {
        return issued.get();
    }

    int validations() {
        return validations.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestMethod().equals("POST")) {
                String token = "gAAAAABservice" + issued.incrementAndGet();
                serviceToken = token;
                exchange.getResponseHeaders().set("X-Subject-Token", token);
                respond(exchange, 201, """
                        {"token": {"methods": ["password"], "expires_at": "%s",
                         "project": {"domain": {"id": "default", "name": "Default"}, "id": "e1f2", "name": "service"},
                         "roles": [{"id": "1", "name": "admin"}, {"id": "2", "name": "member"}, {"id": "3", "name": "reader"}]}}
                        """.formatted(serviceTokenExpiry));
                return;
            }
            validations.incrementAndGet();
            String caller = exchange.getRequestHeaders().getFirst("X-Auth-Token");
            if (caller == null || !caller.equals(serviceToken)) {
                respond(exchange, 401, """
                        {"error": {"code": 401, "message": "The request you have made requires authentication.",
                         "title": "Unauthorized"}}""");
                return;
            }
            String answer = validTokens.get(exchange.getRequestHeaders().getFirst("X-Subject-Token"));
            if (answer == null) {
                respond(exchange, 404, """
                        {"error": {"code": 404, "message": "Could not find token: gAAAAABk.", "title": "Not Found"}}""");
                return;
            }
            respond(exchange, 200, answer);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
