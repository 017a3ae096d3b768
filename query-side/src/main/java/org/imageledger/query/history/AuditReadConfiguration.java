package org.imageledger.query.history;

import java.time.Clock;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit reads over the event store, without their HTTP endpoints, so that the command line can run them in a
 * context of its own.
 */
@Configuration(proxyBeanMethods = false)
public class AuditReadConfiguration {

    @Bean
    ImageEvents imageEvents(EventStore eventStore) {
        return new ImageEvents(eventStore);
    }

    @Bean
    ImageHistory imageHistory(ImageEvents imageEvents, JdbcTemplate jdbc) {
        return new ImageHistory(imageEvents, new GlobalPositions(jdbc));
    }

    @Bean
    ImageAsOf imageAsOf(ImageEvents imageEvents) {
        return new ImageAsOf(imageEvents);
    }

    @Bean
    ImageBlame imageBlame(ImageEvents imageEvents) {
        return new ImageBlame(imageEvents);
    }

    /**
     * @param gapTimeout how long a hole in the positions may be an append still in flight (see {@link SettledEvents})
     */
    @Bean
    EventFeed eventFeed(
            JdbcTemplate jdbc,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration axon,
            @Value("${image-ledger.event-feed.gap-timeout:5s}") Duration gapTimeout) {
        return new EventFeed(
                new StoredEventRows(jdbc), eventSerializer, axon.upcasterChain(), gapTimeout, Clock.systemUTC());
    }
}
