package org.imageledger.command.idempotency;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.imageledger.infrastructure.access.TokenRegistry;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code idempotent_request} table. Every call but {@link #purge} runs in the caller's transaction. */
class StoredAnswers {

    private final JdbcTemplate jdbc;
    private final Duration retention;

    StoredAnswers(JdbcTemplate jdbc, Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    /**
     * Takes the key for the rest of the transaction, or answers false at once if another transaction holds it. A
     * transaction-scoped advisory lock: a crash or a rollback releases it, so a key is never left taken.
     */
    boolean tryTake(String project, String key) {
        Boolean taken = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, lockId(project, key));
        return Boolean.TRUE.equals(taken);
    }

    /** The answer kept for this key, if one was given within the retention period. */
    Optional<StoredAnswer> find(String project, String key) {
        List<StoredAnswer> found = jdbc.query(
                "SELECT fingerprint, status, image_id, version, with_etag, location, body FROM idempotent_request"
                        + " WHERE project = ? AND idempotency_key = ?"
                        + " AND answered_at > now() - make_interval(secs => ?)",
                (rs, row) -> new StoredAnswer(
                        rs.getBytes(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getBoolean(5),
                        rs.getString(6),
                        rs.getBytes(7)),
                project,
                key,
                retention.toSeconds());
        return found.stream().findFirst();
    }

    void store(IdempotentCommand command, String imageId, long version, byte[] body) {
        // an expired answer not yet purged gives way to the new one
        jdbc.update(
                "DELETE FROM idempotent_request WHERE project = ? AND idempotency_key = ?",
                command.project(),
                command.key());
        jdbc.update(
                "INSERT INTO idempotent_request (project, idempotency_key, fingerprint, status, image_id, version,"
                        + " with_etag, location, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                command.project(),
                command.key(),
                command.fingerprint(),
                command.status(),
                imageId,
                version,
                command.withETag(),
                command.location(),
                body);
    }

    int purge() {
        return jdbc.update(
                "DELETE FROM idempotent_request WHERE answered_at < now() - make_interval(secs => ?)",
                retention.toSeconds());
    }

    private static long lockId(String project, String key) {
        byte[] digest = TokenRegistry.sha256(project + "\n" + key);
        return ByteBuffer.wrap(digest).getLong();
    }
}
