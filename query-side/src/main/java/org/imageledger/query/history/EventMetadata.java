package org.imageledger.query.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import org.axonframework.messaging.Message;
import org.axonframework.serialization.Serializer;
import org.imageledger.infrastructure.store.AuditMetadata;

/**
 * Who sent an event and in which request, as the write side put it in the event's metadata; null if absent. The
 * request id is the service's own; the client's id for the request, if it sent one, is kept beside it.
 *
 * <p>An image's history shows both for every event, so they are picked out of the metadata as stored rather than
 * decoding all of it into a map per event. Anything but a string or null under either key, or metadata that is not a
 * JSON object, takes the decoding route, and reads as the decoded value's text.
 */
record EventMetadata(String actor, String requestId, String clientRequestId) {

    private static final List<String> KEYS =
            List.of(AuditMetadata.ACTOR, AuditMetadata.REQUEST_ID, AuditMetadata.CLIENT_REQUEST_ID);

    private static final JsonFactory JSON = new JsonFactory();

    static EventMetadata of(Message<?> event, Serializer serializer) {
        byte[] stored = event.serializeMetaData(serializer, byte[].class).getData();
        try (JsonParser parser = JSON.createParser(stored)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return decoded(event);
            }
            String[] values = new String[KEYS.size()];
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                int wanted = KEYS.indexOf(parser.currentName());
                JsonToken value = parser.nextToken();
                if (wanted < 0) {
                    parser.skipChildren();
                } else if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL) {
                    values[wanted] = parser.getValueAsString();
                } else {
                    return decoded(event);
                }
            }
            return new EventMetadata(values[0], values[1], values[2]);
        } catch (IOException notJson) {
            return decoded(event);
        }
    }

    private static EventMetadata decoded(Message<?> event) {
        return new EventMetadata(
                text(event, AuditMetadata.ACTOR),
                text(event, AuditMetadata.REQUEST_ID),
                text(event, AuditMetadata.CLIENT_REQUEST_ID));
    }

    private static String text(Message<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
