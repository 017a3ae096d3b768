package org.imageledger.events;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An image as its events leave it: the pure fold of its stream. The aggregate, the projection's tests and the audit
 * API all derive state through {@link #next}, so they cannot disagree about what an event means.
 *
 * @param data what the upload stored, or null while the image has no data
 * @param members the projects the image is shared with, by project
 * @param version the sequence number of the last event folded in (0 after creation)
 */
public record ImageState(
        String id,
        String name,
        String diskFormat,
        String containerFormat,
        String visibility,
        boolean isProtected,
        long minRam,
        long minDisk,
        String owner,
        boolean osHidden,
        String status,
        Map<String, String> properties,
        Set<String> tags,
        ImageData data,
        Map<String, ImageMember> members,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static final String QUEUED = "queued";
    public static final String SAVING = "saving";
    public static final String ACTIVE = "active";
    public static final String DEACTIVATED = "deactivated";
    public static final String DELETED = "deleted";

    public ImageState {
        properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
        tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
        members = Collections.unmodifiableSortedMap(new TreeMap<>(members));
    }

    /**
     * Folds one event onto the state before it.
     *
     * @param prior the state before the event, or null when the event is the creation
     * @throws IllegalArgumentException when the event cannot follow the prior state
     */
    public static ImageState next(ImageState prior, ImageEvent event, Instant recordedAt, long version) {
        if (event instanceof ImageCreated created) {
            if (prior != null) {
                throw new IllegalArgumentException("image " + created.imageId() + " is created twice");
            }
            return new ImageState(
                    created.imageId(),
                    created.name(),
                    created.diskFormat(),
                    created.containerFormat(),
                    created.visibility(),
                    created.isProtected(),
                    created.minRam(),
                    created.minDisk(),
                    created.owner(),
                    created.osHidden(),
                    QUEUED,
                    created.properties(),
                    Set.copyOf(created.tags()),
                    null,
                    Map.of(),
                    recordedAt,
                    recordedAt,
                    version);
        }
        if (prior == null) {
            throw new IllegalArgumentException("image " + event.imageId() + " changed before it was created");
        }
        return prior.apply(event, recordedAt, version);
    }

    private ImageState apply(ImageEvent event, Instant recordedAt, long newVersion) {
        Builder b = new Builder(this);
        if (event instanceof ImageRenamed e) {
            b.name = e.name();
        } else if (event instanceof ImageVisibilityChanged e) {
            b.visibility = e.visibility();
        } else if (event instanceof ImageProtectionChanged e) {
            b.isProtected = e.isProtected();
        } else if (event instanceof ImageHiddenChanged e) {
            b.osHidden = e.osHidden();
        } else if (event instanceof ImageMinRamChanged e) {
            b.minRam = e.minRam();
        } else if (event instanceof ImageMinDiskChanged e) {
            b.minDisk = e.minDisk();
        } else if (event instanceof ImageDiskFormatChanged e) {
            b.diskFormat = e.diskFormat();
        } else if (event instanceof ImageContainerFormatChanged e) {
            b.containerFormat = e.containerFormat();
        } else if (event instanceof ImageOwnerChanged e) {
            b.owner = e.owner();
        } else if (event instanceof ImagePropertySet e) {
            b.properties().put(e.key(), e.value());
        } else if (event instanceof ImagePropertyRemoved e) {
            b.properties().remove(e.key());
        } else if (event instanceof ImageTagAdded e) {
            b.tags().add(e.tag());
        } else if (event instanceof ImageTagRemoved e) {
            b.tags().remove(e.tag());
        } else if (event instanceof ImageDeleted) {
            b.status = DELETED;
        } else if (event instanceof ImageDeactivated) {
            b.status = DEACTIVATED;
        } else if (event instanceof ImageReactivated) {
            b.status = ACTIVE;
        } else if (event instanceof ImageDataUploadStarted) {
            b.status = SAVING;
        } else if (event instanceof ImageDataUploaded e) {
            b.status = ACTIVE;
            b.data = e.data();
        } else if (event instanceof ImageDataUploadFailed) {
            b.status = QUEUED;
        } else if (event instanceof ImageMemberAdded e) {
            b.members().put(e.member(), new ImageMember(ImageMember.PENDING, recordedAt, recordedAt));
        } else if (event instanceof ImageMemberStatusChanged e) {
            ImageMember member = members.get(e.member());
            if (member == null) {
                throw new IllegalArgumentException("image " + id + " has no member " + e.member());
            }
            b.members().put(e.member(), new ImageMember(e.status(), member.createdAt(), recordedAt));
        } else if (event instanceof ImageMemberRemoved e) {
            b.members().remove(e.member());
        } else {
            throw new IllegalArgumentException("not a change of an existing image: " + event);
        }
        return b.build(recordedAt, newVersion);
    }

    public boolean deleted() {
        return DELETED.equals(status);
    }

    /**
     * Every field present, by its {@link ImageField} name: the writable core attributes and status, what the upload
     * set once there is data (the virtual size once it is known), each custom property, each tag (whose value is the
     * tag itself) and each member (whose value is its status). History and blame compare these maps.
     */
    public Map<String, Object> fieldValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(ImageField.NAME, name);
        values.put(ImageField.DISK_FORMAT, diskFormat);
        values.put(ImageField.CONTAINER_FORMAT, containerFormat);
        values.put(ImageField.VISIBILITY, visibility);
        values.put(ImageField.PROTECTED, isProtected);
        values.put(ImageField.MIN_RAM, minRam);
        values.put(ImageField.MIN_DISK, minDisk);
        values.put(ImageField.OWNER, owner);
        values.put(ImageField.OS_HIDDEN, osHidden);
        values.put(ImageField.STATUS, status);
        if (data != null) {
            values.put(ImageField.SIZE, data.size());
            if (data.virtualSize() != null) {
                values.put(ImageField.VIRTUAL_SIZE, data.virtualSize());
            }
            values.put(ImageField.CHECKSUM, data.checksum());
            values.put(ImageField.OS_HASH_ALGO, data.osHashAlgo());
            values.put(ImageField.OS_HASH_VALUE, data.osHashValue());
        }
        values.putAll(properties);
        tags.forEach(tag -> values.put(ImageField.tag(tag), tag));
        members.forEach((project, member) -> values.put(ImageField.member(project), member.status()));
        return values;
    }

    /**
     * A mutable copy, so that each event case above changes one thing and the rest is carried over. The properties,
     * tags and members are copied only when an event changes them; the new state copies them in any case.
     */
    private static final class Builder {
        private final ImageState from;
        private String name;
        private String diskFormat;
        private String containerFormat;
        private String visibility;
        private boolean isProtected;
        private long minRam;
        private long minDisk;
        private String owner;
        private boolean osHidden;
        private String status;
        private Map<String, String> properties;
        private Set<String> tags;
        private ImageData data;
        private Map<String, ImageMember> members;

        Builder(ImageState s) {
            from = s;
            name = s.name;
            diskFormat = s.diskFormat;
            containerFormat = s.containerFormat;
            visibility = s.visibility;
            isProtected = s.isProtected;
            minRam = s.minRam;
            minDisk = s.minDisk;
            owner = s.owner;
            osHidden = s.osHidden;
            status = s.status;
            properties = s.properties;
            tags = s.tags;
            data = s.data;
            members = s.members;
        }

        Map<String, String> properties() {
            if (properties == from.properties) {
                properties = new TreeMap<>(from.properties);
            }
            return properties;
        }

        Set<String> tags() {
            if (tags == from.tags) {
                tags = new TreeSet<>(from.tags);
            }
            return tags;
        }

        Map<String, ImageMember> members() {
            if (members == from.members) {
                members = new TreeMap<>(from.members);
            }
            return members;
        }

        ImageState build(Instant updatedAt, long version) {
            return new ImageState(
                    from.id,
                    name,
                    diskFormat,
                    containerFormat,
                    visibility,
                    isProtected,
                    minRam,
                    minDisk,
                    owner,
                    osHidden,
                    status,
                    properties,
                    tags,
                    data,
                    members,
                    from.createdAt,
                    updatedAt,
                    version);
        }
    }
}
