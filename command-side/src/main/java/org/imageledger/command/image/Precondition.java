package org.imageledger.command.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictDescription;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.imageledger.events.ImageEvent;
import org.imageledger.infrastructure.store.AuditMetadata;

/**
 * The version a change's client last saw, and how strictly the change holds to it (docs/API.md §2). A command
 * carries it; its image applies it to the events the client has not seen.
 */
public record Precondition(Kind kind, Long expectedVersion) {

    /** How a change relates to the version its client last saw. */
    public enum Kind {
        /** No version given: each operation applies to the current state of its own field. */
        NONE,
        /** {@code If-Match}: any event after the expected version refuses the whole change. */
        STRICT,
        /** {@code Expected-Version}: refused only if an event after it changed a field this change changes. */
        FIELDS
    }

    public static final Precondition NONE = new Precondition(Kind.NONE, null);

    public static Precondition strict(long expectedVersion) {
        return new Precondition(Kind.STRICT, expectedVersion);
    }

    public static Precondition fields(long expectedVersion) {
        return new Precondition(Kind.FIELDS, expectedVersion);
    }

    /**
     * Judges the events the client has not seen against the fields the change would change. Axon supplies those
     * events only when the expected version is behind; calling {@code detectConflicts} tells Axon they were judged.
     */
    void check(Set<String> fields, ConflictResolver resolver) {
        switch (kind) {
            case NONE -> {}
            case STRICT ->
                resolver.detectConflicts(
                        unseen -> !unseen.isEmpty(),
                        (ConflictDescription c) ->
                                new VersionMismatch(c.aggregateIdentifier(), c.expectedVersion(), c.actualVersion()));
            case FIELDS ->
                resolver.detectConflicts(
                        unseen -> !changesOf(unseen, fields, 0).isEmpty(),
                        (ConflictDescription c) -> new FieldConflict(
                                c.aggregateIdentifier(),
                                changesOf(c.unexpectedEvents(), fields, c.expectedVersion()),
                                c.actualVersion()));
        }
    }

    private static List<FieldConflict.Change> changesOf(
            List<DomainEventMessage<?>> unseen, Set<String> fields, long expectedVersion) {
        List<FieldConflict.Change> changes = new ArrayList<>();
        for (DomainEventMessage<?> message : unseen) {
            if (message.getPayload() instanceof ImageEvent event) {
                Object actor = message.getMetaData().get(AuditMetadata.ACTOR);
                event.fields().stream()
                        .filter(fields::contains)
                        .sorted()
                        .forEach(field -> changes.add(new FieldConflict.Change(
                                field,
                                expectedVersion,
                                message.getSequenceNumber(),
                                actor == null ? null : actor.toString())));
            }
        }
        return changes;
    }
}
