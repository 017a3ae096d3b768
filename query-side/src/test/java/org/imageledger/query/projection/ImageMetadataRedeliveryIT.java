package org.imageledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.imageledger.events.ImageDeactivated;
import org.imageledger.events.ImagePropertyRemoved;
import org.imageledger.events.ImagePropertySet;
import org.imageledger.events.ImageRenamed;
import org.imageledger.events.ImageState;
import org.imageledger.events.ImageTagAdded;
import org.imageledger.events.ImageTagRemoved;
import org.imageledger.events.ImageVisibilityChanged;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.NewImage;
import org.imageledger.query.QueryNodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An event delivered again, as after a crash before the token was stored or during a replay, changes nothing. */
class ImageMetadataRedeliveryIT extends QueryNodeTest {

    @Autowired
    ImageMetadataProjection projection;

    @Autowired
    EventStorageEngine storage;

    @Autowired
    TransactionManager transactions;

    @Test
    void applyingAnImagesEventsAgainChangesNothing() {
        String id = LedgerEvents.newId();
        long first = ledger.append(NewImage.ownedBy("redelivery")
                .named("one")
                .properties(Map.of("os_distro", "debian"))
                .tags("lts")
                .as(id));
        ledger.append(new ImageRenamed(id, "two"), new ImagePropertySet(id, "k", "v"), new ImageTagAdded(id, "x86"));
        ledger.append(new ImagePropertyRemoved(id, "os_distro"), new ImageTagRemoved(id, "lts"));
        ledger.appendApplied(new ImageVisibilityChanged(id, "public"), new ImageDeactivated(id));
        TableRows table = new TableRows(jdbc);
        ImageState applied = table.image(id);
        long position = table.position(id);
        List<TrackedEventMessage<?>> events = eventsOf(id, first, 8);

        deliver(events);
        List<TrackedEventMessage<?>> newestFirst = new ArrayList<>(events);
        Collections.reverse(newestFirst);
        deliver(newestFirst);
        deliver(events.subList(0, 3));

        assertThat(table.image(id)).isEqualTo(applied);
        assertThat(table.position(id)).isEqualTo(position);
        assertThat(applied).isEqualTo(TableRows.asStored(ledger.fold(id)));
    }

    private List<TrackedEventMessage<?>> eventsOf(String id, long firstPosition, int count) {
        try (var stream = storage.readEvents(GapAwareTrackingToken.newInstance(firstPosition - 1, Set.of()), false)) {
            List<TrackedEventMessage<?>> events = stream.filter(event -> event instanceof DomainEventMessage<?> domain
                            && domain.getAggregateIdentifier().equals(id))
                    .limit(count)
                    .<TrackedEventMessage<?>>map(event -> event)
                    .toList();
            assertThat(events).hasSize(count);
            return events;
        }
    }

    /** Hands the events to the projection as its processor would: one batch, in one transaction. */
    private void deliver(List<TrackedEventMessage<?>> events) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        batch.attachTransaction(transactions);
        batch.executeWithResult(() -> handlers.handle(batch.getMessage()), RollbackConfigurationType.ANY_THROWABLE);
    }
}
