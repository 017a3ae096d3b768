package org.imageledger.query.progress;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.imageledger.query.metadata.ImageMetadataProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The projection's segment tokens as the token table holds them, read without claiming them (Axon's token store only
 * reads a token it claims), so that any node can see how far the others have got.
 */
@Component
class StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    Map<Integer, TrackingToken> read() {
        Map<Integer, TrackingToken> tokens = new HashMap<>();
        jdbc.query(
                "SELECT segment, token, tokentype FROM tokenentry WHERE processorname = ?",
                rs -> {
                    byte[] token = rs.getBytes("token");
                    String type = rs.getString("tokentype");
                    tokens.put(rs.getInt("segment"), token == null || type == null ? null : serializer.deserialize(
                            new SimpleSerializedObject<>(token, byte[].class, type, null)));
                },
                ImageMetadataProcessor.NAME);
        return tokens;
    }
}
