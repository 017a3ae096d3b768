package org.imageledger.command;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.imageledger.infrastructure.access.AccessConfiguration;
import org.imageledger.infrastructure.imagedata.ImageDataConfiguration;
import org.imageledger.infrastructure.store.EventStoreConfiguration;
import org.imageledger.infrastructure.web.WebConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The write side: the Image aggregate behind a retrying command gateway, and the write API. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@Import({EventStoreConfiguration.class, WebConfiguration.class, AccessConfiguration.class, ImageDataConfiguration.class
})
public class CommandSideConfiguration {

    /** Loading an image replays the events after its last snapshot; fifty keeps that short, a snapshot costs a load. */
    @Bean
    SnapshotTriggerDefinition imageSnapshotTrigger(
            Snapshotter snapshotter, @Value("${image-ledger.snapshot-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Snapshots are taken on a thread of their own. Taken on the writing thread, after the commit but while the unit
     * of work still holds its connection, each would need a second one: enough concurrent writers then exhaust the
     * pool and wait on each other until the pool gives up.
     */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(
            org.axonframework.config.Configuration axon,
            HandlerDefinition handlerDefinition,
            ParameterResolverFactory parameterResolverFactory,
            EventStore eventStore,
            TransactionManager transactionManager,
            SnapshotterSpanFactory spanFactory,
            ExecutorService snapshotExecutor) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(axon::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(snapshotExecutor)
                .build();
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService snapshotExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "snapshotter");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CommandGateway commandGateway(
            CommandBus commandBus,
            ScheduledExecutorService commandRetryExecutor,
            @Value("${image-ledger.command.max-retries:20}") int maxRetries) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrentAppendRetry(commandRetryExecutor, maxRetries))
                .build();
    }
}
