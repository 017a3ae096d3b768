package org.imageledger.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageState;
import org.imageledger.query.progress.ProjectionProgress;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends image events to the real event store, as the write side would, and keeps each image's expected state: the
 * fold of the events appended here.
 */
public final class LedgerEvents {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final ProjectionProgress progress;
    private final Map<String, ImageState> folds = new ConcurrentHashMap<>();
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
        long next = eventStore.lastSequenceNumberFor(imageId).map(last -> last + 1).orElse(0L);
        List<EventMessage<?>> messages = new ArrayList<>();
        ImageState state = folds.get(imageId);
        for (ImageEvent event : events) {
            long version = next++;
            messages.add(new GenericDomainEventMessage<>(
                    "Image", imageId, version, event, Map.of(), UUID.randomUUID().toString(), recordedAt));
            state = ImageState.next(state, event, recordedAt, version);
        }
        eventStore.publish(messages);
        folds.put(imageId, state);
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
        if (!progress.awaitApplied(position, Duration.ofSeconds(30))) {
            throw new AssertionError("the projection did not apply position " + position + " within 30 s");
        }
        return position;
    }

    /** The image as the events appended here fold it. */
    public ImageState fold(String imageId) {
        return folds.get(imageId);
    }

    public long positionOf(String imageId, long version) {
        return jdbc.queryForObject(
                "SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?",
                Long.class, imageId, version);
    }
}
