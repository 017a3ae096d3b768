package org.imageledger.infrastructure.store;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Axon event store on PostgreSQL, as both sides use it: JDBC engine, Jackson with a private mapper so that web
 * settings never change the stored format, duplicate keys surfacing as concurrency conflicts, and event metadata
 * carried over from commands.
 */
@Configuration(proxyBeanMethods = false)
@Import(LedgerDataSourceConfiguration.class)
@PropertySource("classpath:event-store.properties")
public class EventStoreConfiguration {

    /** PostgreSQL's SQLState for a unique violation: a concurrent append to the same image and version. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** Events per read of the event store's producer: a few of the engine's batches. */
    private static final int TAIL_READ_LIMIT = 2_000;

    @Bean
    Flyway eventStoreSchema(DataSource dataSource) {
        Flyway flyway = SchemaMigration.of(dataSource, "db/event-store", "event_store_schema_history");
        flyway.migrate();
        return flyway;
    }

    @Bean
    @Primary
    Serializer serializer() {
        return StoredFormat.serializer();
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider auditMetadataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadata.KEYS.toArray(String[]::new));
    }

    /** Every statement on Axon's tables beyond the storage engine's own reads of one image. */
    @Bean
    EventStoreTables eventStoreTables(Flyway eventStoreSchema, DataSource dataSource, Serializer serializer) {
        return new EventStoreTables(new JdbcTemplate(dataSource), serializer);
    }

    @Bean
    JdbcEventStorageEngine eventStorageEngine(
            EventStoreTables eventStoreTables,
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            @Value("${image-ledger.event-store.batch-size:500}") int batchSize) {
        return new CommitOrderedStorageEngine(
                JdbcEventStorageEngine.builder()
                        .snapshotSerializer(serializer)
                        .eventSerializer(eventSerializer)
                        .upcasterChain(configuration.upcasterChain())
                        .snapshotFilter(configuration.snapshotFilter())
                        .persistenceExceptionResolver(persistenceExceptionResolver)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .batchSize(batchSize),
                eventStoreTables);
    }

    /**
     * The event store with a short fetch delay: readers in another process learn of new events only by polling, and
     * the default second of delay would dominate projection lag.
     *
     * <p>Its producer reads ahead into a cache shared by the tailing streams. Its reads are bounded ({@link
     * BoundedTailReads}), and a stream that has stopped reading for a while (a processor busy with what it has) is
     * moved to a stream of its own within half a second of falling behind the cache, not ten: until then it keeps in
     * memory everything read after its position. Unbounded, the two let a large batch of events arriving at once (a
     * bulk load, a node catching up) fill a 256 MB heap and stop the node.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(
            JdbcEventStorageEngine eventStorageEngine,
            org.axonframework.config.Configuration configuration,
            @Value("${image-ledger.event-store.fetch-delay-ms:20}") long fetchDelayMillis,
            @Value("${image-ledger.event-store.cleanup-delay-ms:500}") long cleanupDelayMillis) {
        return EmbeddedEventStore.builder()
                .storageEngine(new BoundedTailReads(eventStorageEngine, TAIL_READ_LIMIT))
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .fetchDelay(fetchDelayMillis)
                .cleanupDelay(cleanupDelayMillis)
                .build();
    }
}
