package org.imageledger.command.image;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.imageledger.events.ImageContainerFormatChanged;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageDiskFormatChanged;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageField;
import org.imageledger.events.ImageHiddenChanged;
import org.imageledger.events.ImageMinDiskChanged;
import org.imageledger.events.ImageMinRamChanged;
import org.imageledger.events.ImageOwnerChanged;
import org.imageledger.events.ImagePropertyRemoved;
import org.imageledger.events.ImagePropertySet;
import org.imageledger.events.ImageProtectionChanged;
import org.imageledger.events.ImageRenamed;
import org.imageledger.events.ImageState;
import org.imageledger.events.ImageTagAdded;
import org.imageledger.events.ImageTagRemoved;
import org.imageledger.events.ImageVisibilityChanged;
import org.imageledger.infrastructure.access.Caller;

/**
 * The image a change asks for, worked out on a copy with the baseline's patch semantics before anything is decided.
 * Comparing it with the current state yields one event per field that really changes.
 */
final class ImageDraft {

    static final int MAX_PROPERTIES = 128;
    static final int MAX_TAGS = 128;

    private String name;
    private String diskFormat;
    private String containerFormat;
    private String visibility;
    private boolean isProtected;
    private long minRam;
    private long minDisk;
    private String owner;
    private boolean osHidden;
    private final Map<String, String> properties;
    private Set<String> tags;
    private final String status;

    private ImageDraft(ImageValues v, String status) {
        name = v.name();
        diskFormat = v.diskFormat();
        containerFormat = v.containerFormat();
        visibility = v.visibility();
        isProtected = v.isProtected();
        minRam = v.minRam();
        minDisk = v.minDisk();
        owner = v.owner();
        osHidden = v.osHidden();
        properties = new TreeMap<>(v.properties());
        tags = new LinkedHashSet<>(v.tags());
        this.status = status;
    }

    static ImageDraft of(ImageValues values) {
        return new ImageDraft(values, ImageState.QUEUED);
    }

    static ImageDraft of(ImageState s) {
        return new ImageDraft(
                new ImageValues(
                        s.name(),
                        s.diskFormat(),
                        s.containerFormat(),
                        s.visibility(),
                        s.isProtected(),
                        s.minRam(),
                        s.minDisk(),
                        s.owner(),
                        s.osHidden(),
                        s.properties(),
                        List.copyOf(s.tags())),
                s.status());
    }

    ImageCreated created(String imageId) {
        return new ImageCreated(
                imageId,
                name,
                visibility,
                isProtected,
                osHidden,
                minRam,
                minDisk,
                diskFormat,
                containerFormat,
                owner,
                properties,
                List.copyOf(tags));
    }

    /** The fields an operation would change, judged against the current state (tags one by one). */
    static Set<String> targets(PatchOperation op, ImageState current) {
        if (!ImageField.TAGS.equals(op.member())) {
            return Set.of(op.member());
        }
        Set<String> fields = new HashSet<>();
        Set<String> wanted = op.value() instanceof List<?> list ? tagSet(list) : Set.of();
        wanted.stream().filter(t -> !current.tags().contains(t)).forEach(t -> fields.add(ImageField.tag(t)));
        current.tags().stream().filter(t -> !wanted.contains(t)).forEach(t -> fields.add(ImageField.tag(t)));
        return fields;
    }

    void apply(PatchOperation op) {
        String member = op.member();
        if (WritableFields.isCore(member)) {
            if (op.op() == PatchOperation.Op.REMOVE) {
                throw new AttributeNotChangeable("Property " + member + " may not be removed.");
            }
            setCore(member, op.value());
        } else if (op.op() == PatchOperation.Op.ADD) {
            properties.put(member, (String) op.value());
        } else if (!properties.containsKey(member)) {
            throw new PropertyNotFound(member);
        } else if (op.op() == PatchOperation.Op.REPLACE) {
            properties.put(member, (String) op.value());
        } else {
            properties.remove(member);
        }
    }

    private void setCore(String member, Object value) {
        switch (member) {
            case ImageField.NAME -> name = (String) value;
            case ImageField.VISIBILITY -> visibility = (String) value;
            case ImageField.PROTECTED -> isProtected = (Boolean) value;
            case ImageField.OS_HIDDEN -> osHidden = (Boolean) value;
            case ImageField.MIN_RAM -> minRam = (Long) value;
            case ImageField.MIN_DISK -> minDisk = (Long) value;
            case ImageField.OWNER -> owner = (String) value;
            case ImageField.DISK_FORMAT -> diskFormat = queuedOnly(member, diskFormat, (String) value);
            case ImageField.CONTAINER_FORMAT -> containerFormat = queuedOnly(member, containerFormat, (String) value);
            case ImageField.TAGS -> tags = new LinkedHashSet<>(tagSet((List<?>) value));
            default -> throw new IllegalArgumentException("not a core attribute: " + member);
        }
    }

    private String queuedOnly(String member, String current, String wanted) {
        if (!Objects.equals(current, wanted) && !ImageState.QUEUED.equals(status)) {
            throw new AttributeNotChangeable("Attribute " + member + " can be only replaced for a queued image.");
        }
        return wanted;
    }

    void addTag(String tag) {
        tags.add(tag);
    }

    void checkLimits() {
        if (properties.size() > MAX_PROPERTIES) {
            throw new LimitExceeded("The limit has been exceeded on the number of allowed image properties. Attempted: "
                    + properties.size() + ", Maximum: " + MAX_PROPERTIES);
        }
        if (tags.size() > MAX_TAGS) {
            throw new LimitExceeded("The limit has been exceeded on the number of allowed image tags. Attempted: "
                    + tags.size() + ", Maximum: " + MAX_TAGS);
        }
    }

    /** Refuses a draft that gives away ownership or publicity the caller may not give. */
    void checkAccess(Caller caller, ImageState current) {
        boolean publicized = "public".equals(visibility) && !"public".equals(current.visibility());
        ImageAccess.checkValues(caller, owner, publicized ? visibility : null, current.owner());
    }

    /** One event per field whose value differs from the current state, core attributes first. */
    List<ImageEvent> changesFrom(ImageState s) {
        String id = s.id();
        List<ImageEvent> events = new ArrayList<>();
        if (!Objects.equals(name, s.name())) events.add(new ImageRenamed(id, name));
        if (!Objects.equals(diskFormat, s.diskFormat())) events.add(new ImageDiskFormatChanged(id, diskFormat));
        if (!Objects.equals(containerFormat, s.containerFormat()))
            events.add(new ImageContainerFormatChanged(id, containerFormat));
        if (!Objects.equals(visibility, s.visibility())) events.add(new ImageVisibilityChanged(id, visibility));
        if (isProtected != s.isProtected()) events.add(new ImageProtectionChanged(id, isProtected));
        if (minRam != s.minRam()) events.add(new ImageMinRamChanged(id, minRam));
        if (minDisk != s.minDisk()) events.add(new ImageMinDiskChanged(id, minDisk));
        if (!Objects.equals(owner, s.owner())) events.add(new ImageOwnerChanged(id, owner));
        if (osHidden != s.osHidden()) events.add(new ImageHiddenChanged(id, osHidden));
        s.properties().keySet().stream()
                .filter(key -> !properties.containsKey(key))
                .forEach(key -> events.add(new ImagePropertyRemoved(id, key)));
        properties.forEach((key, value) -> {
            if (!value.equals(s.properties().get(key))) events.add(new ImagePropertySet(id, key, value));
        });
        s.tags().stream().filter(t -> !tags.contains(t)).forEach(t -> events.add(new ImageTagRemoved(id, t)));
        new TreeSet<>(tags)
                .stream().filter(t -> !s.tags().contains(t)).forEach(t -> events.add(new ImageTagAdded(id, t)));
        return events;
    }

    private static Set<String> tagSet(List<?> list) {
        Set<String> set = new LinkedHashSet<>();
        list.forEach(t -> set.add((String) t));
        return set;
    }
}
