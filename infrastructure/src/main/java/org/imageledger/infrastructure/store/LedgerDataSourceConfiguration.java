package org.imageledger.infrastructure.store;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A pooled data source on the configured PostgreSQL, starting the embedded one when no URL is given. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerDatabaseProperties.class)
public class LedgerDataSourceConfiguration {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(LedgerDatabaseProperties properties, EmbeddedDatabaseHolder embedded) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("image-ledger");
        pool.setMaximumPoolSize(properties.datasource().maximumPoolSize());
        if (properties.embedded()) {
            pool.setJdbcUrl(embedded.database().jdbcUrl());
            pool.setUsername("postgres");
        } else {
            pool.setJdbcUrl(properties.datasource().url());
            pool.setUsername(properties.datasource().username());
            pool.setPassword(properties.datasource().password());
        }
        return pool;
    }

    /** Owns the embedded server's lifecycle: created before the pool, closed after it. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabaseHolder(LedgerDatabaseProperties properties) {
        return new EmbeddedDatabaseHolder(properties.embedded() ? EmbeddedDatabase.start(properties) : null);
    }

    static final class EmbeddedDatabaseHolder implements AutoCloseable {
        private final EmbeddedDatabase database;

        EmbeddedDatabaseHolder(EmbeddedDatabase database) {
            this.database = database;
        }

        EmbeddedDatabase database() {
            return database;
        }

        @Override
        public void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }
    }
}
