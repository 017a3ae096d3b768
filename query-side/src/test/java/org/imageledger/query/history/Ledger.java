package org.imageledger.query.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageEvent;
import org.imageledger.infrastructure.store.AuditMetadata;
import org.springframework.jdbc.core.JdbcTemplate;

/** Appends image events the way the write side does: one transaction per call, with who-sent-it metadata. */
final class Ledger {

    static final String ACTOR = "auditor-test";

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;

    Ledger(EventStore eventStore, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    static String newImageId() {
        return UUID.randomUUID().toString();
    }

    static ImageCreated created(String id, String name) {
        return new ImageCreated(id, name, "shared", false, false, 0, 0, null, null, "project-a", Map.of(), List.of());
    }

    /** Appends the events as the image's next versions, starting at {@code firstVersion}, recorded now. */
    void append(long firstVersion, ImageEvent... events) {
        append(firstVersion, Instant.now(), events);
    }

    void append(long firstVersion, Instant recordedAt, ImageEvent... events) {
        List<GenericDomainEventMessage<ImageEvent>> messages = new java.util.ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            long version = firstVersion + i;
            messages.add(new GenericDomainEventMessage<>(
                    "Image",
                    events[i].imageId(),
                    version,
                    events[i],
                    Map.of(AuditMetadata.ACTOR, ACTOR, AuditMetadata.REQUEST_ID, "req-" + version),
                    UUID.randomUUID().toString(),
                    recordedAt));
        }
        eventStore.publish(messages);
    }

    long position(String imageId, long version) {
        return jdbc.queryForObject(
                "SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ?" + " AND sequencenumber = ?",
                Long.class,
                imageId,
                version);
    }

    long head() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(globalindex), 0) FROM domainevententry", Long.class);
    }
}
