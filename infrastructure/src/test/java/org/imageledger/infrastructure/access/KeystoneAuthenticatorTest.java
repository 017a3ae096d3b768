package org.imageledger.infrastructure.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeystoneAuthenticatorTest {

    private static final Duration CACHE_TIME = Duration.ofMinutes(5);
    private static final String PROJECT = RecordedKeystone.MEMBER_PROJECT;

    private final ManualTime time = new ManualTime(Instant.parse("2026-12-04T16:00:00Z"));
    private RecordedKeystone keystone;
    private KeystoneAuthenticator authenticator;

    @BeforeEach
    void startKeystone() throws Exception {
        keystone = new RecordedKeystone(time.instant().plus(Duration.ofHours(1)));
        KeystoneSettings settings = new KeystoneSettings(
                keystone.url(), "image-ledger", "secret", "Default", "service", "Default", CACHE_TIME);
        authenticator = new KeystoneAuthenticator(new KeystoneClient(settings), CACHE_TIME, time, time);
    }

    @AfterEach
    void stopKeystone() {
        keystone.close();
    }

    private String token(String... roles) {
        String token = "gAAAAABuser-" + String.join("-", roles);
        keystone.knows(
                token, RecordedKeystone.projectToken(PROJECT, time.instant().plus(Duration.ofHours(1)), roles));
        return token;
    }

    @Test
    void takesTheProjectAndGlanceRolesFromKeystonesAnswer() {
        assertThat(authenticator.callerFor(token("admin", "member", "reader")))
                .contains(new Caller(PROJECT, Set.of(Role.ADMIN, Role.MEMBER, Role.READER)));
        assertThat(authenticator.callerFor(token("member", "reader")))
                .contains(new Caller(PROJECT, Set.of(Role.MEMBER, Role.READER)));
        assertThat(authenticator.callerFor(token("_member_"))).contains(new Caller(PROJECT, Set.of(Role.MEMBER)));
        assertThat(authenticator.callerFor(token("reader", "heat_stack_owner")))
                .contains(new Caller(PROJECT, Set.of(Role.READER)));
    }

    @Test
    void aTokenScopedToNoProjectMayDoNothing() {
        keystone.knows(
                "gAAAAABsystem", RecordedKeystone.systemToken(time.instant().plus(Duration.ofHours(1))));
        assertThat(authenticator.callerFor("gAAAAABsystem")).contains(new Caller("", Set.of()));
    }

    @Test
    void refusesATokenKeystoneDoesNotKnowAndAsksAgainNextTime() {
        assertThat(authenticator.callerFor("gAAAAABforged")).isEmpty();
        assertThat(authenticator.callerFor("gAAAAABforged")).isEmpty();
        assertThat(keystone.validations()).isEqualTo(2);
    }

    @Test
    void asksKeystoneOncePerTokenWithinTheCacheTime() {
        String token = token("member", "reader");
        for (int i = 0; i < 5; i++) {
            assertThat(authenticator.callerFor(token)).isPresent();
            time.advance(Duration.ofMinutes(1));
        }
        assertThat(keystone.validations()).isEqualTo(1);
        time.advance(Duration.ofSeconds(1));
        assertThat(authenticator.callerFor(token)).isPresent();
        assertThat(keystone.validations()).isEqualTo(2);
        assertThat(keystone.serviceTokensIssued()).isEqualTo(1);
    }

    @Test
    void seesARevocationOnceTheCacheTimeHasPassed() {
        String token = token("member", "reader");
        assertThat(authenticator.callerFor(token)).isPresent();
        keystone.revoke(token);
        time.advance(CACHE_TIME.minusSeconds(1));
        assertThat(authenticator.callerFor(token)).isPresent();
        time.advance(Duration.ofSeconds(1));
        assertThat(authenticator.callerFor(token)).isEmpty();
    }

    @Test
    void neverTrustsATokenPastItsExpiry() {
        String token = "gAAAAABshort-lived";
        Instant expiry = time.instant().plus(Duration.ofMinutes(1));
        keystone.knows(token, RecordedKeystone.projectToken(PROJECT, expiry, "member", "reader"));
        assertThat(authenticator.callerFor(token)).isPresent();
        time.advance(Duration.ofSeconds(59));
        assertThat(authenticator.callerFor(token)).isPresent();
        assertThat(keystone.validations()).isEqualTo(1);
        // even a Keystone whose clock lags ours, and which still calls the token valid, is not believed
        time.advance(Duration.ofSeconds(1));
        assertThat(authenticator.callerFor(token)).isEmpty();
        assertThat(keystone.validations()).isEqualTo(2);
    }

    @Test
    void renewsItsOwnTokenBeforeItExpires() {
        keystone.serviceTokensExpireAt(time.instant().plus(Duration.ofMinutes(10)));
        String token = token("reader");
        assertThat(authenticator.callerFor(token)).isPresent();
        time.advance(Duration.ofMinutes(7));
        assertThat(authenticator.callerFor(token)).isPresent();
        assertThat(keystone.serviceTokensIssued()).isEqualTo(1);
        time.advance(Duration.ofMinutes(1).plusSeconds(1));
        keystone.serviceTokensExpireAt(time.instant().plus(Duration.ofHours(1)));
        assertThat(authenticator.callerFor(token("member"))).isPresent();
        assertThat(keystone.serviceTokensIssued()).isEqualTo(2);
    }

    @Test
    void getsItselfANewTokenWhenKeystoneNoLongerTakesItsOwn() {
        assertThat(authenticator.callerFor(token("member"))).isPresent();
        keystone.forgetServiceToken();
        assertThat(authenticator.callerFor(token("reader"))).contains(new Caller(PROJECT, Set.of(Role.READER)));
        assertThat(keystone.serviceTokensIssued()).isEqualTo(2);
    }

    @Test
    void anUnreachableKeystoneIsUnavailableNotARefusal() {
        String token = token("member");
        keystone.close();
        assertThatThrownBy(() -> authenticator.callerFor(token))
                .isInstanceOf(IdentityUnavailable.class)
                .hasMessageContaining("cannot be reached");
    }

    @Test
    void aCachedValidationOutlivesAnOutageOfKeystone() {
        String token = token("member");
        assertThat(authenticator.callerFor(token)).isPresent();
        keystone.close();
        assertThat(authenticator.callerFor(token)).isPresent();
    }
}
