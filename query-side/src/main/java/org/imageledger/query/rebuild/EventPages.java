package org.imageledger.query.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.imageledger.events.ImageEvent;
import org.imageledger.infrastructure.store.EventStoreTables;
import org.imageledger.infrastructure.store.EventStoreTables.Extent;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event table read in bulk, decoded by Axon's event serializer and upcaster chain, so that a rebuild sees exactly
 * the payloads the live projection sees.
 */
@Component
class EventPages {

    private static final int FETCH_SIZE = 5_000;

    private final EventStoreTables tables;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate snapshot;

    EventPages(
            EventStoreTables tables,
            @Qualifier("eventSerializer") Serializer serializer,
            Configuration axon,
            PlatformTransactionManager transactions) {
        this.tables = tables;
        this.serializer = serializer;
        this.upcasters = axon.upcasterChain() == null ? NoOpEventUpcaster.INSTANCE : axon.upcasterChain();
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    long head() {
        return tables.head();
    }

    /** Up to limit events after the position, in global order. */
    List<StoredEvent> after(long position, int limit) {
        return decode(tables.after(position, limit));
    }

    /**
     * Every event of the images (of all images when null), image by image and oldest first, handed over in chunks in
     * that order through one cursor; an image's stream may continue in the next chunk. Inside the caller's
     * transaction if there is one, so that a caller reading in one snapshot reads these in it too.
     */
    void byImage(String[] imageIds, Consumer<List<StoredEvent>> chunks) {
        readOnly.executeWithoutResult(status -> stream(imageIds, chunks));
    }

    /**
     * Every event of one snapshot of the table, as {@link #byImage} hands them over; first the snapshot's extent. An
     * event committed after the snapshot was taken is not in it, and has a position above the snapshot's head.
     */
    void snapshotByImage(Consumer<Extent> extent, Consumer<List<StoredEvent>> chunks) {
        snapshot.executeWithoutResult(status -> {
            extent.accept(tables.extent());
            stream(null, chunks);
        });
    }

    private void stream(String[] imageIds, Consumer<List<StoredEvent>> chunks) {
        List<TrackedEventData<?>> chunk = new ArrayList<>(FETCH_SIZE);
        tables.byImage(imageIds, FETCH_SIZE, row -> {
            chunk.add(row);
            if (chunk.size() == FETCH_SIZE) {
                chunks.accept(decode(chunk));
                chunk.clear();
            }
        });
        chunks.accept(decode(chunk));
    }

    private List<StoredEvent> decode(List<? extends TrackedEventData<?>> raw) {
        if (raw.isEmpty()) {
            return List.of();
        }
        List<StoredEvent> events = new ArrayList<>(raw.size());
        EventUtils.upcastAndDeserializeTrackedEvents(raw.stream(), serializer, upcasters)
                .forEach(m -> {
                    DomainEventMessage<?> domain = (DomainEventMessage<?>) m;
                    events.add(new StoredEvent(
                            m.trackingToken().position().orElseThrow(),
                            domain.getAggregateIdentifier(),
                            domain.getSequenceNumber(),
                            (ImageEvent) m.getPayload(),
                            m.getTimestamp()));
                });
        return events;
    }
}
