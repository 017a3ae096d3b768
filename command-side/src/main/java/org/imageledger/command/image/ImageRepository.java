package org.imageledger.command.image;

import java.util.Optional;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Loads images from memory when it can, and from the event store when it must. An image kept in memory is used only
 * after the store confirms that nothing was appended to it since: another node may have written it. That check is one
 * index lookup, where loading replays the snapshot and up to a snapshot interval of events. A stale image is dropped
 * and loaded afresh, so a writer's version check never answers from an old state; a write that races in after the
 * check still fails on the store's unique key, and the retry loads afresh.
 */
final class ImageRepository extends CachingEventSourcingRepository<Image> {

    private final EventStore eventStore;
    private final RecentImages recent;

    ImageRepository(EventSourcingRepository.Builder<Image> builder, EventStore eventStore, RecentImages recent) {
        super(builder.eventStore(eventStore).cache(recent));
        this.eventStore = eventStore;
        this.recent = recent;
    }

    @Override
    protected EventSourcedAggregate<Image> doLoadWithLock(String imageId, Long expectedVersion) {
        boolean kept = recent.containsKey(imageId);
        EventSourcedAggregate<Image> image = super.doLoadWithLock(imageId, expectedVersion);
        if (kept && !image.version().equals(latestVersion(imageId))) {
            recent.remove(imageId);
            image = super.doLoadWithLock(imageId, expectedVersion);
        }
        return image;
    }

    @Override
    protected void doSaveWithLock(EventSourcedAggregate<Image> image) {
        super.doSaveWithLock(image);
        recent.weigh(image.identifierAsString(), image.getAggregateRoot().state());
    }

    @Override
    protected void doDeleteWithLock(EventSourcedAggregate<Image> image) {
        super.doDeleteWithLock(image);
        recent.weigh(image.identifierAsString(), image.getAggregateRoot().state());
    }

    private Long latestVersion(String imageId) {
        Optional<Long> latest = eventStore.lastSequenceNumberFor(imageId);
        return latest.orElse(null);
    }
}
