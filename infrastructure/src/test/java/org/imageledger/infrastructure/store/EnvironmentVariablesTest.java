package org.imageledger.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.ResourcePropertySource;

/** The documented environment variables reach the settings they name. */
class EnvironmentVariablesTest {

    @Test
    void documentedVariablesBind() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        "env",
                        Map.of(
                                "IMAGE_LEDGER_DATA_DIR", "/srv/ledger",
                                "IMAGE_LEDGER_DATASOURCE_URL", "jdbc:postgresql://db/ledger",
                                "IMAGE_LEDGER_DATASOURCE_USERNAME", "ledger",
                                "IMAGE_LEDGER_ADMIN_TOKEN", "t0k",
                                "IMAGE_LEDGER_TOKENS", "abc123=demo:member, def=ops:auditor")));
        environment.getPropertySources().addLast(new ResourcePropertySource("classpath:event-store.properties"));
        ConfigurationPropertySources.attach(environment);
        Binder binder = Binder.get(environment);
        LedgerDatabaseProperties properties =
                binder.bind("image-ledger", LedgerDatabaseProperties.class).get();
        assertThat(properties.dataDir()).isEqualTo(Path.of("/srv/ledger"));
        assertThat(properties.datasource().url()).isEqualTo("jdbc:postgresql://db/ledger");
        assertThat(properties.datasource().username()).isEqualTo("ledger");
        assertThat(binder.bind("image-ledger.admin-token", String.class).get()).isEqualTo("t0k");
        assertThat(binder.bind("image-ledger.auth.token-list", String.class).get())
                .isEqualTo("abc123=demo:member, def=ops:auditor");
    }
}
