package org.imageledger.infrastructure.store;

import com.fasterxml.jackson.databind.ObjectReader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer, remembering what it looks up for every event it reads: the class a stored type name
 * resolves to (a class-loader search each time otherwise, costly inside the packaged jar) and the reader for that
 * class. What it reads and writes is unchanged; a name that resolves to no class resolves to none again.
 */
final class CachingJacksonSerializer extends JacksonSerializer {

    private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    CachingJacksonSerializer(Builder builder) {
        super(builder);
    }

    /** By name, as Axon resolves it; the empty type, whose name a class could have, is left to Axon. */
    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        if (SimpleSerializedType.emptyType().equals(type)) {
            return super.classForType(type);
        }
        Class<?> known = classes.get(type.getName());
        return known != null ? known : classes.computeIfAbsent(type.getName(), name -> super.classForType(type));
    }

    @Override
    protected ObjectReader getReader(Class<?> type) {
        return readers.computeIfAbsent(type, super::getReader);
    }
}
