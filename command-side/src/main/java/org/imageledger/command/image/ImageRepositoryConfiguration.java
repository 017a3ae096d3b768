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

/** Where the Image aggregate is loaded from and saved to: the event store, with recently written images kept. */
@Configuration(proxyBeanMethods = false)
class ImageRepositoryConfiguration {

    @Bean
    Repository<Image> imageRepository(
            EventStore eventStore,
            SnapshotTriggerDefinition imageSnapshotTrigger,
            ParameterResolverFactory parameterResolverFactory,
            HandlerDefinition handlerDefinition,
            @Value("${image-ledger.command.cached-images:5000}") int cachedImages) {
        EventSourcingRepository.Builder<Image> builder = EventSourcingRepository.builder(Image.class)
                .snapshotTriggerDefinition(imageSnapshotTrigger)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition);
        return new ImageRepository(builder, eventStore, new RecentImages(cachedImages));
    }
}
