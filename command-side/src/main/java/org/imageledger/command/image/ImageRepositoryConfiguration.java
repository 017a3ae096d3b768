package org.imageledger.command.image;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Where the Image aggregate is loaded from and saved to: the event store, with recently written images kept. */
@Configuration(proxyBeanMethods = false)
class ImageRepositoryConfiguration {

    @Bean
    Repository<Image> imageRepository(
            EventStore eventStore,
            SnapshotTriggerDefinition imageSnapshotTrigger,
            ParameterResolverFactory parameterResolverFactory,
            HandlerDefinition handlerDefinition,
            RecentImages recentImages) {
        EventSourcingRepository.Builder<Image> builder = EventSourcingRepository.builder(Image.class)
                .snapshotTriggerDefinition(imageSnapshotTrigger)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition);
        return new ImageRepository(builder, eventStore, recentImages);
    }

    @Bean
    RecentImages recentImages(@Value("${image-ledger.command.image-cache-size:32MB}") DataSize cacheSize) {
        return new RecentImages(cacheSize.toBytes());
    }
}
