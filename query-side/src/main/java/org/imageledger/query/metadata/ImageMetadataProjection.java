package org.imageledger.query.metadata;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.imageledger.events.ImageContainerFormatChanged;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageDeactivated;
import org.imageledger.events.ImageDeleted;
import org.imageledger.events.ImageDiskFormatChanged;
import org.imageledger.events.ImageHiddenChanged;
import org.imageledger.events.ImageMinDiskChanged;
import org.imageledger.events.ImageMinRamChanged;
import org.imageledger.events.ImageOwnerChanged;
import org.imageledger.events.ImagePropertyRemoved;
import org.imageledger.events.ImagePropertySet;
import org.imageledger.events.ImageProtectionChanged;
import org.imageledger.events.ImageReactivated;
import org.imageledger.events.ImageRenamed;
import org.imageledger.events.ImageState;
import org.imageledger.events.ImageTagAdded;
import org.imageledger.events.ImageTagRemoved;
import org.imageledger.events.ImageVisibilityChanged;
import org.imageledger.query.QuerySideConfiguration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Keeps image_metadata equal to the fold of each image's events ({@link ImageState#next}): each handler states what its
 * event changes, and {@link ImageMetadataRows} writes a batch's changes together.
 */
@Component
@DependsOn(QuerySideConfiguration.SCHEMA)
@ProcessingGroup(ImageMetadataProcessor.NAME)
class ImageMetadataProjection {

    private final ImageMetadataRows rows;

    ImageMetadataProjection(ImageMetadataRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(ImageCreated e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.create(e, EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageRenamed e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.set(e.imageId(), ImageColumn.NAME, e.name(), EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageVisibilityChanged e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.set(e.imageId(), ImageColumn.VISIBILITY, e.visibility(), EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageProtectionChanged e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.set(e.imageId(), ImageColumn.PROTECTED, e.isProtected(), EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageHiddenChanged e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.set(e.imageId(), ImageColumn.OS_HIDDEN, e.osHidden(), EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageMinRamChanged e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.set(e.imageId(), ImageColumn.MIN_RAM, e.minRam(), EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageMinDiskChanged e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.set(e.imageId(), ImageColumn.MIN_DISK, e.minDisk(), EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageDiskFormatChanged e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.set(e.imageId(), ImageColumn.DISK_FORMAT, e.diskFormat(), EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageContainerFormatChanged e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.set(e.imageId(), ImageColumn.CONTAINER_FORMAT, e.containerFormat(), EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageOwnerChanged e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.set(e.imageId(), ImageColumn.OWNER, e.owner(), EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImagePropertySet e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.setProperty(e.imageId(), e.key(), e.value(), EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImagePropertyRemoved e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.removeProperty(e.imageId(), e.key(), EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageTagAdded e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.addTag(e.imageId(), e.tag(), EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageTagRemoved e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.removeTag(e.imageId(), e.tag(), EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageDeleted e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.set(e.imageId(), ImageColumn.STATUS, ImageState.DELETED, EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageDeactivated e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.set(e.imageId(), ImageColumn.STATUS, ImageState.DEACTIVATED, EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageReactivated e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.set(e.imageId(), ImageColumn.STATUS, ImageState.ACTIVE, EventStamp.of(version, at, position));
    }
}
