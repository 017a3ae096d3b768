package org.imageledger.infrastructure.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class KeystoneSettingsTest {

    private static Binder binder(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties));
    }

    @Test
    void staticTokensAloneWithoutAKeystoneUrl() {
        assertThat(AccessConfiguration.keystoneSettings(binder(Map.of()))).isNull();
    }

    @Test
    void readsTheServiceCredentialsWithGlancesDefaults() {
        KeystoneSettings settings = AccessConfiguration.keystoneSettings(binder(Map.of(
                "image-ledger.auth.keystone.url", "http://127.0.0.1:5000/v3/",
                "image-ledger.auth.keystone.username", "image-ledger",
                "image-ledger.auth.keystone.password", "secret",
                "image-ledger.auth.keystone.project-name", "service")));
        assertThat(settings.tokens()).isEqualTo(URI.create("http://127.0.0.1:5000/v3/auth/tokens"));
        assertThat(settings.userDomainName()).isEqualTo("Default");
        assertThat(settings.projectDomainName()).isEqualTo("Default");
        assertThat(settings.cacheTime()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void refusesToStartWithoutServiceCredentials() {
        assertThatThrownBy(() -> AccessConfiguration.keystoneSettings(
                        binder(Map.of("image-ledger.auth.keystone.url", "http://127.0.0.1:5000"))))
                .hasMessageContaining("username, password and project");
    }
}
