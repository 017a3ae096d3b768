package org.imageledger.query.projection;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageState;
import org.imageledger.query.QuerySideConfiguration;
import org.imageledger.query.processor.ImageMetadataProcessorConfiguration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Keeps image_metadata equal to the fold of each image's events ({@link ImageState#next}): every event is folded onto
 * its image's row, and {@link ImageMetadataRows} writes a batch's rows together. An event that the fold knows needs
 * nothing here.
 */
@Component
@DependsOn(QuerySideConfiguration.SCHEMA)
@ProcessingGroup(ImageMetadataProcessorConfiguration.NAME)
class ImageMetadataProjection {

    private final ImageMetadataRows rows;

    ImageMetadataProjection(ImageMetadataRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(ImageEvent event, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.apply(event, EventStamp.of(version, at, position));
    }
}
