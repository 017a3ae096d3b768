package org.imageledger.query.history;

import org.axonframework.messaging.Message;
import org.imageledger.infrastructure.store.AuditMetadata;

/** Who sent an event and in which request, as the write side put it in the event's metadata; null if absent. */
final class EventMetadata {

    private EventMetadata() {}

    static String actor(Message<?> event) {
        return text(event, AuditMetadata.ACTOR);
    }

    static String requestId(Message<?> event) {
        return text(event, AuditMetadata.REQUEST_ID);
    }

    private static String text(Message<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
