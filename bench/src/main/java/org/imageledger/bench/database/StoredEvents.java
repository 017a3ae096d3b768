package org.imageledger.bench.database;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.imageledger.events.ImageEvent;
import org.imageledger.infrastructure.store.AuditMetadata;
import org.imageledger.infrastructure.store.StoredFormat;

/**
 * Event rows exactly as the service's event store writes them: payload and metadata through the stored format's
 * serializer, the timestamp as Axon formats it. The bulk loader and the raw-append baselines both use it, so the
 * baselines write rows of the same size as the service.
 */
public final class StoredEvents {

    static final String AGGREGATE_TYPE = "Image";

    private final Serializer serializer = StoredFormat.serializer();

    /** One row of the event table, with fresh event identifier. */
    public record StoredEvent(
            String eventId,
            String imageId,
            long version,
            String payloadType,
            String revision,
            byte[] payload,
            byte[] metadata,
            String timestamp) {}

    public StoredEvent of(ImageEvent event, long version, Instant recordedAt, String actor) {
        SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
        SerializedObject<byte[]> metadata = serializer.serialize(auditMetadata(actor), byte[].class);
        return new StoredEvent(
                UUID.randomUUID().toString(),
                event.imageId(),
                version,
                payload.getType().getName(),
                payload.getType().getRevision(),
                payload.getData(),
                metadata.getData(),
                DateTimeUtils.formatInstant(recordedAt));
    }

    /** The metadata the service records with every event: who, in which request, from where, for which command. */
    private static MetaData auditMetadata(String actor) {
        String command = UUID.randomUUID().toString();
        return MetaData.from(Map.of(
                AuditMetadata.ACTOR,
                actor,
                AuditMetadata.REQUEST_ID,
                "req-" + UUID.randomUUID(),
                AuditMetadata.CLIENT_ADDRESS,
                "127.0.0.1",
                "correlationId",
                command,
                "traceId",
                command));
    }
}
