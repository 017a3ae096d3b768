package org.imageledger.infrastructure.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Flyway set up for one owner of tables in a shared database. Each owner (event store, query side) keeps its own
 * history table, so nodes of either kind can migrate their part independently.
 */
public final class SchemaMigration {

    private SchemaMigration() {}

    public static Flyway of(DataSource dataSource, String location, String historyTable) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table(historyTable)
                // the other owner's tables may exist already: start from an empty baseline, so V1 still runs
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
