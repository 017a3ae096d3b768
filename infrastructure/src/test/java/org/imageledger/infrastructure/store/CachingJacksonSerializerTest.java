package org.imageledger.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.imageledger.events.ImageRenamed;
import org.junit.jupiter.api.Test;

/** The stored format resolves types as Axon's serializer does, however often it is asked. */
class CachingJacksonSerializerTest {

    private final Serializer serializer = StoredFormat.serializer();

    @Test
    void resolvesEachStoredTypeNameToTheSameClassEveryTime() {
        for (int i = 0; i < 3; i++) {
            assertThat(serializer.classForType(new SimpleSerializedType(ImageRenamed.class.getName(), "1")))
                    .isEqualTo(ImageRenamed.class);
            assertThat(serializer.classForType(new SimpleSerializedType("org.example.Gone", null)))
                    .isEqualTo(UnknownSerializedType.class);
            assertThat(serializer.classForType(SimpleSerializedType.emptyType()))
                    .isEqualTo(Void.class);
        }
    }

    @Test
    void readsBackWhatItWrites() {
        for (Object value :
                new Object[] {new ImageRenamed("i", "n"), MetaData.with("actor", "a"), new ImageRenamed("j", null)}) {
            SerializedObject<byte[]> written = serializer.serialize(value, byte[].class);
            assertThat((Object) serializer.deserialize(written)).isEqualTo(value);
            assertThat((Object) serializer.deserialize(written)).isEqualTo(value);
        }
    }
}
