package org.imageledger.query.projection;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.imageledger.events.ImageContainerFormatChanged;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageDataUploadFailed;
import org.imageledger.events.ImageDataUploadStarted;
import org.imageledger.events.ImageDataUploaded;
import org.imageledger.events.ImageDeactivated;
import org.imageledger.events.ImageDeleted;
import org.imageledger.events.ImageDiskFormatChanged;
import org.imageledger.events.ImageHiddenChanged;
import org.imageledger.events.ImageMemberAdded;
import org.imageledger.events.ImageMemberRemoved;
import org.imageledger.events.ImageMemberStatusChanged;
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
import org.imageledger.query.processor.ImageMetadataProcessorConfiguration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Keeps image_metadata equal to the fold of each image's events ({@link ImageState#next}): each handler states what its
 * event changes, and {@link ImageMetadataRows} writes a batch's changes together.
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
    void on(ImageDataUploadStarted e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.set(e.imageId(), ImageColumn.STATUS, ImageState.SAVING, EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageDataUploaded e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        Map<ImageColumn, Object> values = new EnumMap<>(ImageColumn.class);
        values.put(ImageColumn.STATUS, ImageState.ACTIVE);
        values.put(ImageColumn.SIZE, e.size());
        values.put(ImageColumn.VIRTUAL_SIZE, e.virtualSize());
        values.put(ImageColumn.CHECKSUM, e.checksum());
        values.put(ImageColumn.OS_HASH_ALGO, e.osHashAlgo());
        values.put(ImageColumn.OS_HASH_VALUE, e.osHashValue());
        values.put(ImageColumn.LOCATION, e.location());
        rows.set(e.imageId(), values, EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageDataUploadFailed e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.set(e.imageId(), ImageColumn.STATUS, ImageState.QUEUED, EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageMemberAdded e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        EventStamp stamp = EventStamp.of(version, at, position);
        rows.change(e.imageId(), new RowChange.AddMember(e.member(), stamp.recordedAtInDatabase()), stamp);
    }

    @EventHandler
    void on(ImageMemberStatusChanged e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        EventStamp stamp = EventStamp.of(version, at, position);
        rows.change(e.imageId(), new RowChange.ChangeMemberStatus(e.member(), e.status(), stamp.recordedAtInDatabase()),
                stamp);
    }

    @EventHandler
    void on(ImageMemberRemoved e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.change(e.imageId(), new RowChange.RemoveMember(e.member()), EventStamp.of(version, at, position));
    }

    @EventHandler
    void on(ImageReactivated e, @SequenceNumber long version, @Timestamp Instant at, TrackingToken position) {
        rows.set(e.imageId(), ImageColumn.STATUS, ImageState.ACTIVE, EventStamp.of(version, at, position));
    }
}
