package org.imageledger.query.processor;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.imageledger.query.QuerySideConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.DependsOn;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The query nodes running now: each node writes a heartbeat, and a node counts as alive while its heartbeat is
 * younger than three intervals. A node that stops cleanly removes its own row.
 */
@Component
@DependsOn(QuerySideConfiguration.SCHEMA)
class LiveQueryNodes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveQueryNodes.class);

    private final JdbcTemplate jdbc;
    private final Duration interval;
    private final String nodeId = UUID.randomUUID().toString();
    private ScheduledExecutorService heartbeat;

    LiveQueryNodes(JdbcTemplate jdbc, @Value("${image-ledger.projection.heartbeat-interval}") Duration interval) {
        this.jdbc = jdbc;
        this.interval = interval;
    }

    int count() {
        Integer alive = jdbc.queryForObject(
                "SELECT count(*) FROM query_node WHERE seen_at > now() - make_interval(secs => ?)",
                Integer.class,
                3 * interval.toMillis() / 1000.0);
        return Math.max(1, alive == null ? 0 : alive);
    }

    @Override
    public synchronized void start() {
        beat();
        heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "query-node-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(this::beat, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        heartbeat.shutdownNow();
        heartbeat = null;
        jdbc.update("DELETE FROM query_node WHERE node_id = ?", nodeId);
    }

    @Override
    public synchronized boolean isRunning() {
        return heartbeat != null;
    }

    private void beat() {
        try {
            jdbc.update("""
                    INSERT INTO query_node (node_id, seen_at) VALUES (?, now())
                    ON CONFLICT (node_id) DO UPDATE SET seen_at = EXCLUDED.seen_at""", nodeId);
        } catch (DataAccessException e) {
            log.warn("Query node heartbeat failed; other nodes may take over this node's segments", e);
        }
    }
}
