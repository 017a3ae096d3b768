package org.imageledger.infrastructure.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Makes the embedded server admit nobody but the service's role: an hba with one line for it, by password over
 * loopback TCP; the role owning the ledger's database and everything in it, and nothing more (no superuser, so no
 * {@code COPY … TO PROGRAM} and no reading the server's files). Done before every start, with the server down, in
 * single-user mode, which needs no connection and so no authentication. That also upgrades a data directory of an
 * earlier version, whose tables belong to the {@code postgres} superuser and whose hba trusts every local connection.
 */
final class DatabaseLockdown {

    static final String HBA = """
            # Written by Image Ledger at every start of its embedded PostgreSQL; edits here are lost.
            # Only the service's role, by password, over TCP on loopback (the server has no unix socket).
            host  all  %s  127.0.0.1/32  scram-sha-256
            """;

    /** Single-user mode reads statements ending in a semicolon and an empty line ({@code -j}). */
    private static final String SETUP = """
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                    CREATE ROLE %1$s;
                END IF;
            END $$;

            ALTER ROLE %1$s WITH LOGIN NOSUPERUSER CREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '%2$s';

            ALTER DATABASE postgres OWNER TO %1$s;

            DO $$ DECLARE relation record; BEGIN
                FOR relation IN
                    SELECT c.oid::regclass AS name,
                           CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS kind
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relkind IN ('r', 'p', 'v', 'm') AND c.relowner <> '%1$s'::regrole
                      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%%'
                LOOP
                    EXECUTE format('ALTER %%s %%s OWNER TO %1$s', relation.kind, relation.name);
                END LOOP;
                -- after the tables, which took the sequences of their serial and identity columns along
                FOR relation IN
                    SELECT c.oid::regclass AS name
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relkind = 'S' AND c.relowner <> '%1$s'::regrole
                      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%%'
                LOOP
                    EXECUTE format('ALTER SEQUENCE %%s OWNER TO %1$s', relation.name);
                END LOOP;
                FOR relation IN
                    SELECT p.oid::regprocedure AS name
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE p.proowner <> '%1$s'::regrole
                      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%%'
                LOOP
                    EXECUTE format('ALTER ROUTINE %%s OWNER TO %1$s', relation.name);
                END LOOP;
            END $$;

            """;

    private DatabaseLockdown() {}

    static void apply(Path dataDirectory, DatabaseCredentials credentials) {
        String role = credentials.username();
        if (!role.matches("[a-z_][a-z0-9_]*") || !credentials.password().matches("[0-9a-f]+")) {
            throw new IllegalArgumentException("the role and password must be plain words");
        }
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA.formatted(role));
            Files.writeString(dataDirectory.resolve("pg_ident.conf"), "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the hba of " + dataDirectory, e);
        }
        String output = Programs.run(
                PostgresBinaries.command(
                        "postgres",
                        "--single",
                        "-j",
                        "-D",
                        dataDirectory.toString(),
                        "-c",
                        "exit_on_error=true",
                        "-c",
                        "listen_addresses=",
                        "-c",
                        "unix_socket_directories=",
                        "postgres"),
                SETUP.formatted(role, credentials.password()),
                Duration.ofMinutes(5));
        if (output.contains("ERROR:") || output.contains("FATAL:")) {
            throw new IllegalStateException("cannot lock down the embedded PostgreSQL: " + output);
        }
    }
}
