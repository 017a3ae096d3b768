package org.imageledger.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Set;

/**
 * A fact about one image. Each event carries only the new value of what it changes: old values come from folding
 * the stream. Every implementation is stored data; it is never renamed or moved without an upcaster.
 */
public sealed interface ImageEvent
        permits ImageCreated,
                ImageRenamed,
                ImageVisibilityChanged,
                ImageProtectionChanged,
                ImageHiddenChanged,
                ImageMinRamChanged,
                ImageMinDiskChanged,
                ImageDiskFormatChanged,
                ImageContainerFormatChanged,
                ImageOwnerChanged,
                ImagePropertySet,
                ImagePropertyRemoved,
                ImageTagAdded,
                ImageTagRemoved,
                ImageDeleted,
                ImageDeactivated,
                ImageReactivated,
                ImageDataUploadStarted,
                ImageDataUploaded,
                ImageDataUploadFailed,
                ImageMemberAdded,
                ImageMemberStatusChanged,
                ImageMemberRemoved {

    String imageId();

    /** The fields (in {@link ImageField} naming) whose value this event sets. */
    @JsonIgnore
    Set<String> fields();
}
