package org.imageledger.infrastructure.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Validates tokens with Keystone as keystonemiddleware's {@code auth_token} does: {@code GET /v3/auth/tokens} with the
 * service's own token, renewed before it expires. A valid answer is trusted for the cache time but never past the
 * token's expiry, so a revoked token is refused at the latest one cache time after its revocation. Invalid answers are
 * not kept: a mistyped token costs one round trip each time, and a token issued a moment ago is never refused from
 * memory.
 */
final class KeystoneAuthenticator implements Authenticator {

    /** The service's own token is renewed this long before it expires, so no validation is made with a dying one. */
    static final Duration RENEW_BEFORE = Duration.ofMinutes(2);

    private static final int MAXIMUM_CACHED_TOKENS = 10_000;

    private record Validated(Caller caller, Instant expiresAt) {}

    private final KeystoneClient keystone;
    private final Clock clock;
    private final Cache<String, Validated> validated;
    private KeystoneClient.IssuedToken serviceToken;

    KeystoneAuthenticator(KeystoneSettings settings) {
        this(new KeystoneClient(settings), settings.cacheTime(), Clock.systemUTC(), Ticker.systemTicker());
    }

    /** The clock decides a token's expiry, the ticker the cache's: tests give both from one manual time. */
    KeystoneAuthenticator(KeystoneClient keystone, Duration cacheTime, Clock clock, Ticker ticker) {
        this.keystone = keystone;
        this.clock = clock;
        this.validated = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumSize(MAXIMUM_CACHED_TOKENS)
                .expireAfter(Expiry.creating((String token, Validated entry) -> {
                    Duration untilExpiry = Duration.between(clock.instant(), entry.expiresAt());
                    return untilExpiry.compareTo(cacheTime) < 0 ? untilExpiry : cacheTime;
                }))
                .build();
    }

    @Override
    public Optional<Caller> callerFor(String token) {
        // the cache holds digests, so that a heap dump shows no usable token
        String key = HexFormat.of().formatHex(TokenRegistry.sha256(token));
        Validated known = validated.getIfPresent(key);
        if (known != null && clock.instant().isBefore(known.expiresAt())) {
            return Optional.of(known.caller());
        }
        KeystoneClient.Validation answer = keystone.validate(serviceToken(false), token);
        if (answer instanceof KeystoneClient.Validation.ServiceTokenRefused) {
            answer = keystone.validate(serviceToken(true), token);
        }
        if (answer instanceof KeystoneClient.Validation.ServiceTokenRefused) {
            throw new IdentityUnavailable("Keystone refuses the service's own freshly issued token");
        }
        if (answer instanceof KeystoneClient.Validation.Valid valid
                && clock.instant().isBefore(valid.token().expiresAt())) {
            Caller caller = valid.token().caller();
            validated.put(key, new Validated(caller, valid.token().expiresAt()));
            return Optional.of(caller);
        }
        return Optional.empty();
    }

    private synchronized String serviceToken(boolean renew) {
        if (renew || serviceToken == null || !clock.instant().plus(RENEW_BEFORE).isBefore(serviceToken.expiresAt())) {
            serviceToken = keystone.issueServiceToken();
        }
        return serviceToken.id();
    }
}
