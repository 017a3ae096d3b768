package org.imageledger.query.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageRenamed;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.QueryNodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The time from an event's commit to its row being visible, while other writers keep appending at a steady rate.
 * Writers in this process append through the node's own event store, whose commits wake the store's reader at once
 * (the standalone case); a writer with an event store of its own, sharing only the database, stands for a command
 * node, whose events the query side learns of by polling.
 */
class ProjectionLagIT extends QueryNodeTest {

    private static final int LOAD_EVENTS_PER_SECOND = 200;
    private static final int SAMPLES = 200;
    private static final Duration P99_BOUND = Duration.ofMillis(100);

    @Autowired
    EventStore eventStore;

    @Autowired
    Serializer serializer;

    @Autowired
    ConnectionProvider connections;

    @Autowired
    TransactionManager transactions;

    @Test
    void rowsAppearSoonAfterCommitsInThisProcess() {
        assertLag("same process", eventStore::publish);
    }

    @Test
    void rowsAppearSoonAfterCommitsOfAnotherNode() {
        JdbcEventStorageEngine otherNode = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .build();
        assertLag("another node", otherNode::appendEvents);
    }

    private void assertLag(String writers, Consumer<List<EventMessage<?>>> append) {
        SteadyWriter load = new SteadyWriter(append);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        List<Long> lags = new ArrayList<>();
        try {
            scheduler.scheduleAtFixedRate(load, 0, 1_000_000 / LOAD_EVENTS_PER_SECOND, TimeUnit.MICROSECONDS);
            for (int i = 0; i < SAMPLES; i++) {
                lags.add(lagOfOneCreation(append));
            }
        } finally {
            scheduler.shutdownNow();
        }
        Collections.sort(lags);
        Duration p50 = Duration.ofNanos(lags.get(lags.size() / 2));
        Duration p99 = Duration.ofNanos(lags.get(lags.size() * 99 / 100));
        Duration max = Duration.ofNanos(lags.get(lags.size() - 1));
        System.out.printf("Projection lag, writers in %s: p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d samples,"
                        + " %d load events at %d/s%n",
                writers, p50.toNanos() / 1e6, p99.toNanos() / 1e6, max.toNanos() / 1e6, SAMPLES, load.version,
                LOAD_EVENTS_PER_SECOND);
        assertThat(p99).isLessThan(P99_BOUND);
    }

    /** Nanoseconds from the commit of a new image to its row being readable. */
    private long lagOfOneCreation(Consumer<List<EventMessage<?>>> append) {
        String id = LedgerEvents.newId();
        append.accept(List.of(message(id, 0, LedgerEvents.created(id, "lag"))));
        long committed = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofNanos(200_000)).pollDelay(Duration.ZERO)
                .until(() -> !jdbc.queryForList("SELECT 1 FROM image_metadata WHERE id = ?", id).isEmpty());
        return System.nanoTime() - committed;
    }

    /** Renames one image again and again, one event per run. */
    private static final class SteadyWriter implements Runnable {
        private final Consumer<List<EventMessage<?>>> append;
        private final String id = LedgerEvents.newId();
        private long version = -1;

        SteadyWriter(Consumer<List<EventMessage<?>>> append) {
            this.append = append;
        }

        @Override
        public void run() {
            version++;
            append.accept(List.of(message(id, version, version == 0
                    ? LedgerEvents.created(id, "lag-load")
                    : new ImageRenamed(id, "name " + version))));
        }
    }

    private static EventMessage<?> message(String id, long version, ImageEvent event) {
        return new GenericDomainEventMessage<>("Image", id, version, event, Map.of());
    }
}
