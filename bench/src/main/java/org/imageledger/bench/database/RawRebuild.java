package org.imageledger.bench.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What PostgreSQL itself needs to rebuild the projection: read every event once, in order, then write the rows the
 * projection holds now into empty copies of its tables with batched upserts. A rebuild cannot do less work than
 * this, so its rate is the ceiling a real rebuild is measured against.
 */
public final class RawRebuild {

    private static final List<String> TABLES =
            List.of("image_metadata", "image_property", "image_tag", "image_recency");
    private static final int BATCH = 1000;
    private static final int FETCH = 10_000;

    private final BenchDatabase database;

    public RawRebuild(BenchDatabase database) {
        this.database = database;
    }

    /** The events in the event table per second of reading them and writing the projection's rows. */
    public double eventsPerSecond() throws SQLException {
        try (Connection connection = database.connectForBatches()) {
            List<TableRows> tables = new ArrayList<>();
            for (String table : TABLES) {
                tables.add(TableRows.read(connection, table));
            }
            long started = System.nanoTime();
            long events = readEvents(connection);
            for (TableRows table : tables) {
                table.upsertIntoCopy(connection);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            for (TableRows table : tables) {
                table.dropCopy(connection);
            }
            return events / (took.toNanos() / 1e9);
        }
    }

    private static long readEvents(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        long count = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH);
            try (ResultSet rows = statement.executeQuery("SELECT globalindex, aggregateidentifier, sequencenumber,"
                    + " timestamp, payloadtype, payloadrevision, payload, metadata FROM domainevententry"
                    + " ORDER BY globalindex")) {
                while (rows.next()) {
                    for (int column = 1; column <= 8; column++) {
                        rows.getObject(column);
                    }
                    count++;
                }
            }
        }
        connection.commit();
        return count;
    }

    /** One projection table's rows, held in memory so that reading them is not part of the timed work. */
    private record TableRows(String table, List<String> columns, List<String> keys, List<Object[]> rows) {

        static TableRows read(Connection connection, String table) throws SQLException {
            List<String> keys = new ArrayList<>();
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet primaryKey = metaData.getPrimaryKeys(null, null, table)) {
                while (primaryKey.next()) {
                    keys.add(primaryKey.getString("COLUMN_NAME"));
                }
            }
            List<String> columns = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet all = statement.executeQuery("SELECT * FROM " + table)) {
                int count = all.getMetaData().getColumnCount();
                for (int column = 1; column <= count; column++) {
                    columns.add(all.getMetaData().getColumnName(column));
                }
                while (all.next()) {
                    Object[] row = new Object[count];
                    for (int column = 1; column <= count; column++) {
                        row[column - 1] = all.getObject(column);
                    }
                    rows.add(row);
                }
            }
            return new TableRows(table, columns, keys, rows);
        }

        void upsertIntoCopy(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE " + copy() + " (LIKE " + table + " INCLUDING ALL)");
            }
            connection.commit();
            try (PreparedStatement upsert = connection.prepareStatement(upsertSql())) {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        upsert.setObject(i + 1, row[i]);
                    }
                    upsert.addBatch();
                    if (++pending == BATCH) {
                        upsert.executeBatch();
                        connection.commit();
                        pending = 0;
                    }
                }
                upsert.executeBatch();
                connection.commit();
            }
        }

        void dropCopy(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE " + copy());
            }
            connection.commit();
        }

        private String copy() {
            return "bench_" + table;
        }

        private String upsertSql() {
            List<String> updated =
                    columns.stream().filter(column -> !keys.contains(column)).toList();
            String onConflict = updated.isEmpty()
                    ? "DO NOTHING"
                    : "DO UPDATE SET "
                            + updated.stream()
                                    .map(column -> column + " = EXCLUDED." + column)
                                    .collect(Collectors.joining(", "));
            return "INSERT INTO " + copy() + " (" + String.join(", ", columns) + ") VALUES ("
                    + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT ("
                    + String.join(", ", keys) + ") " + onConflict;
        }
    }
}
