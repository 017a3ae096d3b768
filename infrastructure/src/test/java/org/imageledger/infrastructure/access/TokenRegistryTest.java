package org.imageledger.infrastructure.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenRegistryTest {

    @Test
    void resolvesPlainAndHashedTokensToTheirCaller() {
        String digest = HexFormat.of().formatHex(TokenRegistry.sha256("hashed-token"));
        TokenRegistry registry = TokenRegistry.of(
                Map.of("plain-token", "demo:member+reader", TokenRegistry.HASHED_PREFIX + digest, "ops:auditor"));
        assertThat(registry.callerFor("plain-token")).contains(new Caller("demo", Set.of(Role.MEMBER, Role.READER)));
        assertThat(registry.callerFor("hashed-token")).contains(new Caller("ops", Set.of(Role.AUDITOR)));
        assertThat(registry.callerFor("plain-toke")).isEmpty();
        assertThat(registry.callerFor(TokenRegistry.HASHED_PREFIX + digest)).isEmpty();
    }

    @Test
    void keepsNoTokenInItsState() {
        TokenRegistry registry = TokenRegistry.of(Map.of("very-secret-token", "demo:member"));
        assertThat(registry.toString()).doesNotContain("very-secret-token");
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void refusesMalformedGrants() {
        assertThatThrownBy(() -> TokenRegistry.of(Map.of("t", "demo"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenRegistry.of(Map.of("t", "demo:wizard")))
                .hasMessageContaining("unknown role 'wizard'");
    }

    @Test
    void recordsTheActorAsProjectAndSortedRoles() {
        assertThat(new Caller("demo", Set.of(Role.READER, Role.MEMBER)).actor()).isEqualTo("demo:member+reader");
    }
}
