package org.imageledger.query.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageState;

/**
 * One event of an image with the states around it, so that what it changed is derived from the fold rather than
 * trusted from the payload.
 *
 * @param before the image before the event, or null for the creation
 */
record RecordedEvent(
        long version,
        Instant recordedAt,
        String actor,
        String requestId,
        ImageEvent event,
        ImageState before,
        ImageState after) {

    String eventName() {
        return event.getClass().getSimpleName();
    }

    List<FieldChange> changes() {
        return FieldChange.between(before == null ? Map.of() : before.fieldValues(), after.fieldValues());
    }
}
