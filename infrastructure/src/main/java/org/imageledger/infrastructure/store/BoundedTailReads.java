package org.imageledger.infrastructure.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The storage engine as the embedded event store uses it, with the reads of its producer bounded. That producer (Axon
 * 4.13 {@code EmbeddedEventStore.EventProducer}) reads the event table ahead into a cache for the tailing streams, in
 * one read up to the head, and keeps everything that read returns in memory until it ends (a local variable holds the
 * first node of the cache's chain): a large batch of events appended at once filled a 256 MB heap that way. Each of
 * its reads now ends after a bounded number of events, and the producer reads again at once. The producer's reads are
 * the only ones that may block ({@code mayBlock}); every other call goes to the engine unchanged.
 */
final class BoundedTailReads implements EventStorageEngine {

    private final EventStorageEngine engine;
    private final int limit;

    BoundedTailReads(EventStorageEngine engine, int limit) {
        this.engine = engine;
        this.limit = limit;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(trackingToken, mayBlock);
        return mayBlock ? events.limit(limit) : events;
    }

    @Override
    public void appendEvents(EventMessage<?>... events) {
        engine.appendEvents(events);
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        engine.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        engine.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return engine.readEvents(aggregateIdentifier);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return engine.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return engine.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return engine.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return engine.createTokenAt(dateTime);
    }
}
