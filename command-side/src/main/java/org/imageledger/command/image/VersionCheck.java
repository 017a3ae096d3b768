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
 * Applies a change's precondition to the events its client has not seen. Axon supplies those events only when the
 * expected version is behind; calling {@code detectConflicts} tells Axon the conflicts were judged.
 */
final class VersionCheck {

    private VersionCheck() {}

    static void check(Precondition precondition, Set<String> fields, ConflictResolver resolver) {
        switch (precondition) {
            case NONE -> { }
            case STRICT -> resolver.detectConflicts(unseen -> !unseen.isEmpty(),
                    (ConflictDescription c) -> new VersionMismatch(c.aggregateIdentifier(), c.expectedVersion(), c.actualVersion()));
            case FIELDS -> resolver.detectConflicts(unseen -> !changesOf(unseen, fields, 0).isEmpty(),
                    (ConflictDescription c) -> new FieldConflict(c.aggregateIdentifier(),
                            changesOf(c.unexpectedEvents(), fields, c.expectedVersion()), c.actualVersion()));
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
                        .forEach(field -> changes.add(new FieldConflict.Change(field, expectedVersion,
                                message.getSequenceNumber(), actor == null ? null : actor.toString())));
            }
        }
        return changes;
    }
}
