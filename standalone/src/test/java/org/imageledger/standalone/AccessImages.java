package org.imageledger.standalone;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageDeactivated;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageReactivated;
import org.imageledger.infrastructure.store.AuditMetadata;
import org.imageledger.query.progress.ProjectionProgress;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access matrix's images: one per owner and visibility, seeded once and never changed, plus a fresh one for
 * each request that is meant to change its image. All are active, which only an upload makes an image in Glance;
 * with no upload here, the store is given the events that leave an image active (a deactivation undone), so that
 * deactivate and reactivate are refused for who asks, not for the image's status.
 */
final class AccessImages {

    /** The tag every image starts with, which a tag delete removes. */
    static final String TAG = "matrix";

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final ProjectionProgress projection;
    private final Map<String, String> seeded = new HashMap<>();

    AccessImages(EventStore eventStore, JdbcTemplate jdbc, ProjectionProgress projection) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.projection = projection;
    }

    /** Seeds one image for each owner and visibility and waits until reads show them. */
    void seed(List<String> owners, List<String> visibilities) {
        for (String owner : owners) {
            for (String visibility : visibilities) {
                seeded.put(owner + "/" + visibility, active(owner, visibility));
            }
        }
        awaitProjection();
    }

    String seeded(String owner, String visibility) {
        String id = seeded.get(owner + "/" + visibility);
        if (id == null) {
            throw new IllegalArgumentException("no image seeded for " + owner + "/" + visibility);
        }
        return id;
    }

    String active(String owner, String visibility) {
        String id = UUID.randomUUID().toString();
        append(
                id,
                0,
                new ImageCreated(
                        id, "access-matrix", visibility, false, false, 0, 0, null, null, owner, Map.of(), List.of(TAG)),
                new ImageDeactivated(id),
                new ImageReactivated(id));
        return id;
    }

    String deactivated(String owner, String visibility) {
        String id = active(owner, visibility);
        append(id, version(id) + 1, new ImageDeactivated(id));
        return id;
    }

    /** The global position of the last event stored. */
    long head() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(globalindex), 0) FROM domainevententry", Long.class);
    }

    /** The image's version, the sequence number of its last event; -1 for an image with none. */
    long version(String id) {
        return jdbc.queryForObject(
                "SELECT COALESCE(MAX(sequencenumber), -1) FROM domainevententry" + " WHERE aggregateidentifier = ?",
                Long.class,
                id);
    }

    /** Waits until the projection has applied every event stored, so that a read after a write cannot time out. */
    void awaitProjection() {
        long head = head();
        if (!projection.awaitApplied(head, Duration.ofMinutes(2))) {
            throw new AssertionError("the projection did not apply position " + head + " within two minutes");
        }
    }

    private void append(String id, long firstVersion, ImageEvent... events) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            messages.add(new GenericDomainEventMessage<>(
                    "Image",
                    id,
                    firstVersion + i,
                    events[i],
                    Map.of(AuditMetadata.ACTOR, "admin:admin"),
                    UUID.randomUUID().toString(),
                    Instant.now()));
        }
        eventStore.publish(messages);
    }
}
