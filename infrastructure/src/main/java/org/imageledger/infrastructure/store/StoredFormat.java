package org.imageledger.infrastructure.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * How events, snapshots and tokens are written to PostgreSQL: Jackson with a mapper of its own, never the web layer's,
 * so that no web setting can change what is stored. Type lookups are cached ({@link CachingJacksonSerializer}), as
 * every read of events repeats them.
 */
public final class StoredFormat {

    private StoredFormat() {}

    public static Serializer serializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return new CachingJacksonSerializer(JacksonSerializer.builder().objectMapper(mapper));
    }
}
