package org.imageledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded default is a current PostgreSQL that never acknowledges a write it could lose in a crash. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfEnvironmentVariable(
        named = "IMAGE_LEDGER_DATASOURCE_URL",
        matches = ".+",
        disabledReason = "checks the embedded server, not an external one")
class EmbeddedDatabaseIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsDurably() {
        assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
    }

    @Test
    void isPostgreSql17() {
        assertThat(jdbc.queryForObject("SHOW server_version", String.class)).startsWith("17.");
    }
}
