package org.imageledger.query.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.axonframework.messaging.Message;
import org.axonframework.serialization.Serializer;
import org.imageledger.infrastructure.store.AuditMetadata;

/**
 * Who sent an event and in which request, as the write side put it in the event's metadata; null if absent.
 *
 * <p>An image's history shows both for every event, so they are picked out of the metadata as stored rather than
 * decoding all of it into a map per event. Anything but a string or null under either key, or metadata that is not a
 * JSON object, takes the decoding route, and reads as the decoded value's text.
 */
record EventMetadata(String actor, String requestId) {

    private static final JsonFactory JSON = new JsonFactory();

    static EventMetadata of(Message<?> event, Serializer serializer) {
        byte[] stored = event.serializeMetaData(serializer, byte[].class).getData();
        try (JsonParser parser = JSON.createParser(stored)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return decoded(event);
            }
            String actor = null;
            String requestId = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                boolean wanted = key.equals(AuditMetadata.ACTOR) || key.equals(AuditMetadata.REQUEST_ID);
                if (wanted && value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                    return decoded(event);
                }
                if (key.equals(AuditMetadata.ACTOR)) {
                    actor = parser.getValueAsString();
                } else if (key.equals(AuditMetadata.REQUEST_ID)) {
                    requestId = parser.getValueAsString();
                } else {
                    parser.skipChildren();
                }
            }
            return new EventMetadata(actor, requestId);
        } catch (IOException notJson) {
            return decoded(event);
        }
    }

    private static EventMetadata decoded(Message<?> event) {
        return new EventMetadata(text(event, AuditMetadata.ACTOR), text(event, AuditMetadata.REQUEST_ID));
    }

    private static String text(Message<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
