package org.imageledger.query.rebuild;

import java.util.List;
import java.util.Map;
import org.imageledger.query.tables.TableNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The fresh tables' life: created like the live ones (columns, defaults, checks) but without their keys and secondary
 * indexes, which are built once over the bulk of the rows rather than maintained row by row; then swapped in by renames
 * that leave every table, index and constraint under its live name, so later migrations find what they expect.
 */
@Component
class ProjectionTables {

    private static final String SUFFIX = "_next";

    private final JdbcTemplate jdbc;

    ProjectionTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes what an unfinished rebuild may have left. */
    void dropFresh() {
        jdbc.execute("DROP TABLE IF EXISTS " + String.join(", ", TableNames.FRESH.names()));
    }

    /** Creates the fresh tables like the live ones, without their keys, which {@link #keyFresh} adds once filled. */
    void createFresh() {
        for (int i = 0; i < TableNames.LIVE.names().length; i++) {
            jdbc.execute("CREATE TABLE " + TableNames.FRESH.names()[i] + " (LIKE "
                    + TableNames.LIVE.names()[i] + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS)");
        }
    }

    /** Gives the fresh tables the live ones' primary and unique keys, built over the rows they hold. */
    void keyFresh() {
        for (int i = 0; i < TableNames.LIVE.names().length; i++) {
            String live = TableNames.LIVE.names()[i];
            String fresh = TableNames.FRESH.names()[i];
            for (Map<String, Object> key : jdbc.queryForList(
                    "SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint"
                            + " WHERE conrelid = ?::regclass AND contype IN ('p', 'u')",
                    live)) {
                jdbc.execute("ALTER TABLE " + fresh + " ADD CONSTRAINT " + key.get("conname") + SUFFIX + " "
                        + key.get("def"));
            }
        }
    }

    /** Builds the live tables' other indexes on the fresh ones and refreshes their planner statistics. */
    void indexFresh() {
        for (int i = 0; i < TableNames.LIVE.names().length; i++) {
            String live = TableNames.LIVE.names()[i];
            String fresh = TableNames.FRESH.names()[i];
            for (Map<String, Object> index : jdbc.queryForList(
                    "SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def FROM pg_index x"
                            + " JOIN pg_class i ON i.oid = x.indexrelid"
                            + " WHERE x.indrelid = ?::regclass AND NOT EXISTS"
                            + " (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)",
                    live)) {
                String name = (String) index.get("name");
                String def = (String) index.get("def");
                String on = " ON " + def.substring(def.indexOf(" ON ") + 4).split(" ", 2)[0] + " ";
                String rest = def.substring(def.indexOf(on) + on.length());
                String create = def.substring(0, def.indexOf(" INDEX ")); // CREATE or CREATE UNIQUE
                jdbc.execute(create + " INDEX " + name + SUFFIX + " ON " + fresh + " " + rest);
            }
            jdbc.execute("ANALYZE " + fresh);
        }
    }

    /**
     * Inside the caller's transaction, which must hold the live tables locked: drops them and gives the fresh
     * tables, their indexes and constraints the live names. Readers blocked on the lock then find the fresh tables.
     */
    void swap() {
        List<String> freshIndexes = jdbc.queryForList(
                "SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                        + " WHERE x.indrelid = ANY (?::regclass[])",
                String.class,
                (Object) TableNames.FRESH.names());
        jdbc.execute("DROP TABLE " + String.join(", ", TableNames.LIVE.names()));
        for (int i = 0; i < TableNames.LIVE.names().length; i++) {
            jdbc.execute("ALTER TABLE " + TableNames.FRESH.names()[i] + " RENAME TO "
                    + TableNames.LIVE.names()[i]);
        }
        for (String index : freshIndexes) {
            // renaming the index of a key renames the key too
            jdbc.execute("ALTER INDEX " + index + " RENAME TO " + index.substring(0, index.length() - SUFFIX.length()));
        }
    }

    /** Blocks readers and the live projection until the caller's transaction ends. */
    void lockLive() {
        jdbc.execute("SET LOCAL lock_timeout = '10s'");
        jdbc.execute("LOCK TABLE " + String.join(", ", TableNames.LIVE.names()) + " IN ACCESS EXCLUSIVE MODE");
    }
}
