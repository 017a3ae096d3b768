package org.imageledger.infrastructure.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The two calls of Keystone's identity API v3 that token validation needs. */
final class KeystoneClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String SUBJECT_TOKEN = "X-Subject-Token";

    /** A token this service holds for itself. */
    record IssuedToken(String id, Instant expiresAt) {}

    /** Keystone's answer on a subject token. */
    sealed interface Validation {
        record Valid(KeystoneToken token) implements Validation {}

        /** Unknown, expired or revoked: Keystone answered 404. */
        record Invalid() implements Validation {}

        /** The service's own token was refused (401): issue another and ask again. */
        record ServiceTokenRefused() implements Validation {}
    }

    private final KeystoneSettings settings;
    private final HttpClient http;

    KeystoneClient(KeystoneSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** {@code POST /v3/auth/tokens} with the service user's password, scoped to its project. */
    IssuedToken issueServiceToken() {
        ObjectNode auth = JSON.createObjectNode();
        ObjectNode identity = auth.putObject("auth").putObject("identity");
        identity.putArray("methods").add("password");
        ObjectNode user = identity.putObject("password").putObject("user");
        user.put("name", settings.username());
        user.put("password", settings.password());
        user.putObject("domain").put("name", settings.userDomainName());
        ObjectNode project = auth.with("auth").putObject("scope").putObject("project");
        project.put("name", settings.projectName());
        project.putObject("domain").put("name", settings.projectDomainName());
        HttpRequest request = HttpRequest.newBuilder(settings.tokens())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(auth.toString()))
                .build();
        HttpResponse<String> response = send(request);
        String id = response.headers().firstValue(SUBJECT_TOKEN).orElse(null);
        if (response.statusCode() != 201 || id == null) {
            throw new IdentityUnavailable("Keystone refused the service user '" + settings.username()
                    + "' a token: HTTP " + response.statusCode());
        }
        return new IssuedToken(id, token(response.body()).expiresAt());
    }

    /** {@code GET /v3/auth/tokens}: the subject token as Keystone sees it, asked with the service's own token. */
    Validation validate(String serviceToken, String subjectToken) {
        HttpRequest request = HttpRequest.newBuilder(settings.tokens())
                .timeout(TIMEOUT)
                .header("X-Auth-Token", serviceToken)
                .header(SUBJECT_TOKEN, subjectToken)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = send(request);
        return switch (response.statusCode()) {
            case 200 -> new Validation.Valid(token(response.body()));
            case 404 -> new Validation.Invalid();
            case 401 -> new Validation.ServiceTokenRefused();
            default ->
                throw new IdentityUnavailable(
                        "Keystone answered HTTP " + response.statusCode() + " to a token validation");
        };
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IdentityUnavailable("Keystone at " + settings.url() + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityUnavailable("interrupted while asking Keystone", e);
        }
    }

    static KeystoneToken token(String body) {
        try {
            JsonNode token = JSON.readTree(body).path("token");
            JsonNode project = token.path("project").path("id");
            Set<String> roles = new HashSet<>();
            token.path("roles").forEach(role -> roles.add(role.path("name").asText()));
            return new KeystoneToken(
                    project.isTextual() ? project.asText() : null,
                    roles,
                    Instant.parse(token.path("expires_at").asText()));
        } catch (IOException | RuntimeException e) {
            throw new IdentityUnavailable("Keystone's token answer cannot be read", e);
        }
    }
}
