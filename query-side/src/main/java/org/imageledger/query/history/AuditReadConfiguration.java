package org.imageledger.query.history;

import org.axonframework.serialization.Serializer;
import org.imageledger.infrastructure.store.EventStoreTables;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit reads over the event table, without their HTTP endpoints, so that the command line can run them in a
 * context of its own.
 */
@Configuration(proxyBeanMethods = false)
public class AuditReadConfiguration {

    @Bean
    EventDecoder eventDecoder(
            @Qualifier("eventSerializer") Serializer eventSerializer, org.axonframework.config.Configuration axon) {
        return new EventDecoder(eventSerializer, axon.upcasterChain());
    }

    @Bean
    ImageEvents imageEvents(EventStoreTables rows, EventDecoder decoder) {
        return new ImageEvents(rows, decoder);
    }

    /** Room for the images of a few hundred readers at once; one beyond that only costs a full check. */
    @Bean
    ImageAudience imageAudience(EventStoreTables rows, EventDecoder decoder) {
        return new ImageAudience(rows, decoder, 1024);
    }

    /** Room for a few dozen walks through long histories at once; a state beyond that only costs a replay. */
    @Bean
    ImageHistory imageHistory(ImageEvents imageEvents) {
        return new ImageHistory(imageEvents, new FoldContinuations(64));
    }

    @Bean
    ImageAsOf imageAsOf(ImageEvents imageEvents) {
        return new ImageAsOf(imageEvents);
    }

    @Bean
    ImageBlame imageBlame(ImageEvents imageEvents) {
        return new ImageBlame(imageEvents);
    }

    @Bean
    EventFeed eventFeed(EventStoreTables rows, EventDecoder decoder) {
        return new EventFeed(rows, decoder);
    }
}
