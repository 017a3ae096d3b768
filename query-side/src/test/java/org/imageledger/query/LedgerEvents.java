package org.imageledger.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageState;
import org.imageledger.query.progress.ProjectionProgress;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends image events to the real event store, as the write side would, and tells what an image should look like:
 * the fold of its events as the store holds them.
 */
public final class LedgerEvents {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final ProjectionProgress progress;
    private final AtomicLong lastPosition = new AtomicLong();

    public LedgerEvents(EventStore eventStore, JdbcTemplate jdbc, ProjectionProgress progress) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.progress = progress;
    }

    /** A new image with only the defaults and the given owner, which tests use to find their own images. */
    public static ImageCreated created(String imageId, String owner) {
        return new ImageCreated(imageId, null, "shared", false, false, 0, 0, null, null, owner, Map.of(), List.of());
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Appends events to one image's stream now; returns the global position of the last. */
    public long append(ImageEvent... events) {
        return appendAt(Instant.now(), events);
    }

    /** Appends events to one image's stream, recorded at the given time; returns the global position of the last. */
    public long appendAt(Instant recordedAt, ImageEvent... events) {
        String imageId = events[0].imageId();
        long next =
                eventStore.lastSequenceNumberFor(imageId).map(last -> last + 1).orElse(0L);
        List<EventMessage<?>> messages = new ArrayList<>();
        for (ImageEvent event : events) {
            messages.add(new GenericDomainEventMessage<>(
                    "Image", imageId, next++, event, Map.of(), UUID.randomUUID().toString(), recordedAt));
        }
        eventStore.publish(messages);
        long position = positionOf(imageId, next - 1);
        lastPosition.accumulateAndGet(position, Math::max);
        return position;
    }

    /** Appends and waits until the projection has applied the events. */
    public long appendApplied(ImageEvent... events) {
        return awaitApplied(append(events));
    }

    public long appendAppliedAt(Instant recordedAt, ImageEvent... events) {
        return awaitApplied(appendAt(recordedAt, events));
    }

    /** Waits until the projection has applied everything appended here. */
    public void awaitAllApplied() {
        awaitApplied(lastPosition.get());
    }

    public long awaitApplied(long position) {
        if (!progress.awaitApplied(position, Duration.ofSeconds(120))) {
            throw new AssertionError("the projection did not apply position " + position + " within 120 s");
        }
        return position;
    }

    /** The image as its stored events fold, with the times and sequence numbers the store gives them. */
    public ImageState fold(String imageId) {
        ImageState state = null;
        DomainEventStream stream = eventStore.readEvents(imageId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            state = ImageState.next(
                    state, (ImageEvent) event.getPayload(), event.getTimestamp(), event.getSequenceNumber());
        }
        return state;
    }

    public long positionOf(String imageId, long version) {
        return jdbc.queryForObject(
                "SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?",
                Long.class,
                imageId,
                version);
    }
}
