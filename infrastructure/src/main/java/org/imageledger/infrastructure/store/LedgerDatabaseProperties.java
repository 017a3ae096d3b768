package org.imageledger.infrastructure.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the ledger keeps its data: an external PostgreSQL when {@code image-ledger.datasource.url} is set, else an
 * embedded PostgreSQL in {@code image-ledger.data-dir}.
 *
 * @param ephemeral when true the data lives only as long as the process (tests): the embedded database in a temporary
 *     directory, or on an external server a database of its own, dropped at shutdown
 * @param joinRunning when true and a live embedded server already runs on the data directory (a running service's),
 *     use that server instead of failing to start a second one; it stays up when this process stops
 */
@ConfigurationProperties("image-ledger")
public record LedgerDatabaseProperties(Path dataDir, Datasource datasource, boolean ephemeral, boolean joinRunning) {

    public LedgerDatabaseProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        datasource = datasource == null ? new Datasource(null, null, null, 10) : datasource;
    }

    public boolean embedded() {
        return datasource.url() == null || datasource.url().isBlank();
    }

    /** An external PostgreSQL, by JDBC URL. */
    public record Datasource(String url, String username, String password, int maximumPoolSize) {
        public Datasource {
            maximumPoolSize = maximumPoolSize > 0 ? maximumPoolSize : 10;
        }
    }
}
