package org.imageledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.imageledger.events.ImageRenamed;
import org.imageledger.infrastructure.store.AuditMetadata;
import org.imageledger.infrastructure.store.StoredFormat;
import org.junit.jupiter.api.Test;

/** Actor and request id read from the stored metadata are what decoding all of it gives. */
class EventMetadataTest {

    private final Serializer serializer = StoredFormat.serializer();
    private final EventDecoder decoder = new EventDecoder(serializer, new EventUpcasterChain());

    @Test
    void picksActorAndRequestIdOutOfTheStoredMetadata() {
        assertRead(
                Map.of(AuditMetadata.ACTOR, "p:member", AuditMetadata.REQUEST_ID, "req-1", "traceId", "t"),
                "p:member",
                "req-1");
        assertRead(
                Map.of(
                        "nested",
                        Map.of(AuditMetadata.ACTOR, "not this one"),
                        AuditMetadata.ACTOR,
                        "p:admin",
                        "list",
                        List.of(1, "two")),
                "p:admin",
                null);
        assertRead(Map.of("other", "x"), null, null);
    }

    @Test
    void readsNullsAndValuesThatAreNotTextAsTheDecodedMetadataDoes() {
        Map<String, Object> nulls = new HashMap<>();
        nulls.put(AuditMetadata.ACTOR, null);
        nulls.put(AuditMetadata.REQUEST_ID, "r");
        assertRead(nulls, null, "r");
        assertRead(Map.of(AuditMetadata.ACTOR, 42, AuditMetadata.REQUEST_ID, 1.5e3), "42", "1500.0");
        assertRead(Map.of(AuditMetadata.ACTOR, true, AuditMetadata.REQUEST_ID, List.of("a")), "true", "[a]");
    }

    @Test
    void picksTheClientsRequestIdBesideTheServicesOwn() {
        byte[] metadata = serializer
                .serialize(
                        MetaData.from(Map.of(
                                AuditMetadata.REQUEST_ID, "req-ours", AuditMetadata.CLIENT_REQUEST_ID, "req-theirs")),
                        byte[].class)
                .getData();
        assertThat(decode(metadata).metadata()).isEqualTo(new EventMetadata(null, "req-ours", "req-theirs"));
    }

    private void assertRead(Map<String, ?> stored, String actor, String requestId) {
        byte[] metadata =
                serializer.serialize(MetaData.from(stored), byte[].class).getData();
        EventDecoder.PositionedEvent event = decode(metadata);

        EventMetadata read = event.metadata();

        assertThat(read).isEqualTo(new EventMetadata(actor, requestId, null));
        Object decodedActor = event.event().getMetaData().get(AuditMetadata.ACTOR);
        assertThat(read.actor()).isEqualTo(decodedActor == null ? null : decodedActor.toString());
    }

    private EventDecoder.PositionedEvent decode(byte[] metadata) {
        byte[] payload =
                serializer.serialize(new ImageRenamed("i", "n"), byte[].class).getData();
        var row = new TrackedDomainEventData<>(
                new GlobalSequenceTrackingToken(1),
                new GenericDomainEventEntry<>(
                        "Image",
                        "i",
                        1,
                        "e",
                        "2025-01-31T12:00:00.000Z",
                        ImageRenamed.class.getName(),
                        "1",
                        payload,
                        metadata));
        return decoder.decode(List.of(row)).findFirst().orElseThrow();
    }
}
