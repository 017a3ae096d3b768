package org.imageledger.infrastructure.access;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Tokens from configuration ({@code image-ledger.auth.tokens.<token>=<project>:<role>[+<role>…]} in a file or on the
 * command line, env {@code IMAGE_LEDGER_TOKENS=<token>=<grant>,…}, or a file of such lines named by {@code
 * image-ledger.auth.tokens-file}, readable by its owner only), plus the admin token: {@code image-ledger.admin-token}
 * (env
 * {@code IMAGE_LEDGER_ADMIN_TOKEN}) if set, else, where {@code image-ledger.auth.create-admin-token} is true (the
 * standalone default), one kept in {@code <data-dir>/admin-token}.
 *
 * <p>With {@code image-ledger.auth.keystone.url} set (env {@code IMAGE_LEDGER_AUTH_KEYSTONE_URL}), a token none of
 * those names is validated with Keystone, as the service user {@code image-ledger.auth.keystone.username} with
 * {@code .password} in project {@code .project-name} (domains {@code .user-domain-name} and
 * {@code .project-domain-name}, {@code Default} unless given); {@code .cache-time} (5 minutes) bounds how long a
 * validation is trusted.
 *
 * <p>Requests no token vouches for go at {@code image-ledger.anonymous.rate} a second (200) after a burst of
 * {@code .burst} (100), each held back at most {@code .max-delay} (2 s) before it is refused with 429.
 */
@Configuration(proxyBeanMethods = false)
public class AccessConfiguration {

    static final String ADMIN_PROJECT = "admin";
    private static final String DEFAULT_DOMAIN = "Default";

    @Bean
    TokenRegistry tokenRegistry(Environment environment) {
        Binder binder = Binder.get(environment);
        Map<String, String> grants =
                new HashMap<>(binder.bind("image-ledger.auth.tokens", Bindable.mapOf(String.class, String.class))
                        .orElse(Map.of()));
        binder.bind("image-ledger.auth.tokens-file", Path.class).ifBound(file -> grants.putAll(TokensFile.read(file)));
        for (String grant : binder.bind("image-ledger.auth.token-list", String.class)
                .orElse("")
                .split(",")) {
            int equals = grant.indexOf('=');
            if (equals > 0) {
                grants.put(
                        grant.substring(0, equals).trim(),
                        grant.substring(equals + 1).trim());
            }
        }
        String adminToken =
                binder.bind("image-ledger.admin-token", String.class).orElse(null);
        if ((adminToken == null || adminToken.isBlank())
                && binder.bind("image-ledger.auth.create-admin-token", Boolean.class)
                        .orElse(false)) {
            Path dataDir = binder.bind("image-ledger.data-dir", Path.class).orElse(Path.of("data"));
            adminToken = AdminToken.readOrCreate(dataDir);
        }
        if (adminToken != null && !adminToken.isBlank()) {
            grants.put(adminToken.trim(), ADMIN_PROJECT + ":" + Role.ADMIN.label());
        }
        return TokenRegistry.of(grants);
    }

    @Bean
    FilterRegistrationBean<AuthenticationFilter> authenticationFilter(
            TokenRegistry tokenRegistry, Environment environment) {
        Authenticator authenticator = tokenRegistry;
        String identityUri = "";
        Binder binder = Binder.get(environment);
        KeystoneSettings keystone = keystoneSettings(binder);
        if (keystone != null) {
            authenticator = tokenRegistry.orElse(new KeystoneAuthenticator(keystone));
            identityUri = keystone.url().toString();
        }
        String anonymous = "image-ledger.anonymous.";
        FilterRegistrationBean<AuthenticationFilter> registration =
                new FilterRegistrationBean<>(new AuthenticationFilter(
                        authenticator,
                        identityUri,
                        new AnonymousPacing(
                                binder.bind(anonymous + "rate", Integer.class).orElse(200),
                                binder.bind(anonymous + "burst", Integer.class).orElse(100),
                                binder.bind(anonymous + "max-delay", Duration.class)
                                        .orElse(Duration.ofSeconds(2)),
                                System::nanoTime)));
        // after request ids and request limits, so refusals still carry an id
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OperationsAccessFilter> operationsAccessFilter() {
        FilterRegistrationBean<OperationsAccessFilter> registration =
                new FilterRegistrationBean<>(new OperationsAccessFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    static KeystoneSettings keystoneSettings(Binder binder) {
        String prefix = "image-ledger.auth.keystone.";
        String url = binder.bind(prefix + "url", String.class).orElse("");
        if (url.isBlank()) {
            return null;
        }
        return new KeystoneSettings(
                URI.create(url.trim()),
                binder.bind(prefix + "username", String.class).orElse(null),
                binder.bind(prefix + "password", String.class).orElse(null),
                binder.bind(prefix + "user-domain-name", String.class).orElse(DEFAULT_DOMAIN),
                binder.bind(prefix + "project-name", String.class).orElse(null),
                binder.bind(prefix + "project-domain-name", String.class).orElse(DEFAULT_DOMAIN),
                binder.bind(prefix + "cache-time", Duration.class).orElse(Duration.ofMinutes(5)));
    }
}
