package org.imageledger.infrastructure.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.BooleanSupplier;
import org.imageledger.infrastructure.store.LedgerDatabaseProperties.Datasource;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A pooled data source on the configured PostgreSQL, starting the embedded one when no URL is given. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerDatabaseProperties.class)
public class LedgerDataSourceConfiguration {

    /**
     * How long a request waits for a connection before it fails (503): while the database is down, a request answers
     * at once rather than after the pool's default 30 s; a pool busy for this long is overloaded anyway.
     */
    private static final long CONNECTION_TIMEOUT_MILLIS = 1000;

    private static final long VALIDATION_TIMEOUT_MILLIS = 500;

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(LedgerDatabaseProperties properties, DatabaseServer server) {
        HikariDataSource pool = new SupervisedPool(server.available());
        pool.setPoolName("image-ledger");
        pool.setMaximumPoolSize(properties.datasource().maximumPoolSize());
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername(server.username());
        pool.setPassword(server.password());
        pool.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        pool.setValidationTimeout(VALIDATION_TIMEOUT_MILLIS);
        // a server that stops answering (rather than refusing) is found out by the connection's own timeouts
        pool.addDataSourceProperty("connectTimeout", "2");
        pool.addDataSourceProperty("tcpKeepAlive", "true");
        return pool;
    }

    /**
     * Where the pool connects, and owns what this process started there: the embedded server, or for an ephemeral
     * run by URL a database of its own. Created before the pool, closed after it.
     */
    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(LedgerDatabaseProperties properties) {
        if (properties.embedded()) {
            EmbeddedDatabase embedded = EmbeddedDatabase.start(properties);
            DatabaseCredentials credentials = embedded.credentials();
            return new DatabaseServer(
                    embedded.jdbcUrl(), credentials.username(), credentials.password(), embedded::available, embedded);
        }
        Datasource datasource = properties.datasource();
        if (properties.ephemeral()) {
            ThrowawayDatabase throwaway = ThrowawayDatabase.create(datasource);
            return new DatabaseServer(
                    throwaway.jdbcUrl(), datasource.username(), datasource.password(), () -> true, throwaway);
        }
        return new DatabaseServer(datasource.url(), datasource.username(), datasource.password(), () -> true, () -> {});
    }

    /**
     * The database's part of {@code /actuator/health}, in place of Spring Boot's: DOWN at once while the embedded
     * server is known to be down, else whether the pool hands out a working connection (within its timeout).
     */
    @Bean
    HealthIndicator dbHealthIndicator(DatabaseServer server, HikariDataSource pool) {
        return () -> {
            if (!server.available().getAsBoolean()) {
                return Health.down()
                        .withDetail("reason", "the embedded PostgreSQL is restarting")
                        .build();
            }
            try (Connection connection = pool.getConnection()) {
                return connection.isValid((int) Math.max(1, VALIDATION_TIMEOUT_MILLIS / 1000))
                        ? Health.up().build()
                        : Health.down().build();
            } catch (SQLException e) {
                return Health.down(e).build();
            }
        };
    }

    /** Refuses at once while the database is known to be down, rather than after the connection timeout. */
    static final class SupervisedPool extends HikariDataSource {

        private final BooleanSupplier available;

        SupervisedPool(BooleanSupplier available) {
            this.available = available;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (!available.getAsBoolean()) {
                throw new SQLTransientConnectionException("the embedded PostgreSQL is restarting");
            }
            return super.getConnection();
        }
    }

    record DatabaseServer(
            String jdbcUrl, String username, String password, BooleanSupplier available, AutoCloseable owned)
            implements AutoCloseable {

        @Override
        public void close() throws Exception {
            owned.close();
        }
    }
}
