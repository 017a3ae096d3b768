package org.imageledger.query.history;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.imageledger.events.ImageState;
import org.imageledger.query.history.EventDecoder.PositionedEvent;

/**
 * One event of an image with the states around it, so that what it changed is derived from the fold rather than
 * trusted from the payload. Its metadata is decoded only when asked for: most replayed events are only folded.
 *
 * @param before the image before the event, or null for the creation
 */
record RecordedEvent(PositionedEvent stored, ImageState before, ImageState after) {

    long position() {
        return stored.position();
    }

    DomainEventMessage<?> message() {
        return stored.event();
    }

    long version() {
        return message().getSequenceNumber();
    }

    Instant recordedAt() {
        return message().getTimestamp();
    }

    String actor() {
        return stored.metadata().actor();
    }

    HistoryEntry entry() {
        EventMetadata metadata = stored.metadata();
        return new HistoryEntry(
                version(),
                position(),
                message().getPayloadType().getSimpleName(),
                recordedAt(),
                metadata.actor(),
                metadata.requestId(),
                metadata.clientRequestId(),
                changes());
    }

    List<FieldChange> changes() {
        return FieldChange.between(before, after);
    }
}
