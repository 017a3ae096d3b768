package org.imageledger.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.imageledger.events.ImageEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each event type's stored JSON, committed as a fixture, must read back and write out unchanged through the real
 * serializer: a renamed component or a changed type fails here before it can strand stored events.
 */
class StoredEventFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Serializer serializer = StoredFormat.serializer();

    static Stream<Class<?>> eventTypes() {
        return Arrays.stream(ImageEvent.class.getPermittedSubclasses());
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void storedJsonRoundTripsUnchanged(Class<?> type) throws IOException {
        byte[] fixture = fixture(type);
        String revision = type.getAnnotation(Revision.class).value();
        assertThat(revision).isEqualTo("1");
        Object event = serializer.deserialize(new SimpleSerializedObject<>(
                fixture, byte[].class, new SimpleSerializedType(type.getName(), revision)));
        assertThat(event).isInstanceOf(type);

        SerializedObject<byte[]> written = serializer.serialize(event, byte[].class);
        assertThat(written.getType().getName()).isEqualTo(type.getName());
        assertThat(written.getType().getRevision()).isEqualTo(revision);
        JsonNode expected = JSON.readTree(fixture);
        assertThat(JSON.readTree(written.getData())).isEqualTo(expected);
    }

    private static byte[] fixture(Class<?> type) throws IOException {
        try (InputStream in =
                StoredEventFormatTest.class.getResourceAsStream("/events/" + type.getSimpleName() + ".json")) {
            assertThat(in).as("fixture for " + type.getSimpleName()).isNotNull();
            return in.readAllBytes();
        }
    }
}
