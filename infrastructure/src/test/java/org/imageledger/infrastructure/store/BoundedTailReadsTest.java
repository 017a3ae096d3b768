package org.imageledger.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/** Only the reads that may block, the embedded store's producer's, stop early; the next one goes on from there. */
class BoundedTailReadsTest {

    private final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
    private final BoundedTailReads bounded = new BoundedTailReads(engine, 20);

    @Test
    void boundsOnlyTheReadsThatMayBlock() {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (long version = 0; version < 50; version++) {
            events.add(new GenericDomainEventMessage<>("Image", "image", version, "event " + version));
        }
        bounded.appendEvents(events);

        List<? extends TrackedEventMessage<?>> first =
                bounded.readEvents(null, true).toList();
        assertThat(first).hasSize(20);
        assertThat(bounded.readEvents(first.get(19).trackingToken(), true).toList())
                .extracting(TrackedEventMessage::getPayload)
                .first()
                .isEqualTo("event 20");
        assertThat(bounded.readEvents(null, false).count()).isEqualTo(50);
        assertThat(bounded.readEvents("image", 0).asStream().count()).isEqualTo(50);
        assertThat(bounded.lastSequenceNumberFor("image")).contains(49L);
    }
}
