package org.imageledger.infrastructure.store;

import com.zaxxer.hikari.HikariDataSource;
import org.imageledger.infrastructure.store.LedgerDatabaseProperties.Datasource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A pooled data source on the configured PostgreSQL, starting the embedded one when no URL is given. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerDatabaseProperties.class)
public class LedgerDataSourceConfiguration {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(LedgerDatabaseProperties properties, DatabaseServer server) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("image-ledger");
        pool.setMaximumPoolSize(properties.datasource().maximumPoolSize());
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername(server.username());
        pool.setPassword(server.password());
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
            return new DatabaseServer(embedded.jdbcUrl(), "postgres", null, embedded);
        }
        Datasource datasource = properties.datasource();
        if (properties.ephemeral()) {
            ThrowawayDatabase throwaway = ThrowawayDatabase.create(datasource);
            return new DatabaseServer(
                    throwaway.jdbcUrl(), datasource.username(), datasource.password(), throwaway);
        }
        return new DatabaseServer(datasource.url(), datasource.username(), datasource.password(), () -> {});
    }

    record DatabaseServer(String jdbcUrl, String username, String password, AutoCloseable owned)
            implements AutoCloseable {

        @Override
        public void close() throws Exception {
            owned.close();
        }
    }
}
