package org.imageledger.query.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.imageledger.events.ImageContainerFormatChanged;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageDataUploadFailed;
import org.imageledger.events.ImageDataUploadStarted;
import org.imageledger.events.ImageDataUploaded;
import org.imageledger.events.ImageDeactivated;
import org.imageledger.events.ImageDeleted;
import org.imageledger.events.ImageDiskFormatChanged;
import org.imageledger.events.ImageEvent;
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
import org.imageledger.events.ImageTagAdded;
import org.imageledger.events.ImageTagRemoved;
import org.imageledger.events.ImageVisibilityChanged;

/**
 * One image's history as the write side could produce it: a creation, then requests of one to three per-field
 * events each, sometimes ending with a deletion. Values come from small pools, so that changes collide and
 * properties and tags come and go.
 */
public final class RandomHistory {

    private static final String[] WORDS = {"alpha", "beta", "gamma", "Ünïcode ✓", "", "x".repeat(300)};
    private static final String[] VISIBILITIES = {"public", "private", "shared", "community"};
    private static final String[] DISK_FORMATS = {null, "raw", "qcow2", "iso", "vmdk"};
    private static final String[] CONTAINER_FORMATS = {null, "bare", "ova", "docker"};
    private static final String[] KEYS = {"os_distro", "architecture", "k1", "k2", "description"};
    private static final String[] TAGS = {"lts", "x86", "arm", "gpu", "tag/with/slashes"};

    private final SplittableRandom random;
    private final String imageId;
    private static final String[] MEMBERS = {"project-a", "project-b", "project-c"};
    private static final String[] MEMBER_STATUSES = {"pending", "accepted", "rejected"};

    private final Set<String> keys = new LinkedHashSet<>();
    private final Set<String> members = new LinkedHashSet<>();
    private int requestsLeft;
    private boolean created;

    public RandomHistory(SplittableRandom random, String imageId) {
        this.random = random;
        this.imageId = imageId;
        this.requestsLeft = random.nextInt(25);
    }

    public String imageId() {
        return imageId;
    }

    public boolean hasNext() {
        return !created || requestsLeft > 0;
    }

    /** The events of the next request. */
    public ImageEvent[] next() {
        if (!created) {
            created = true;
            return new ImageEvent[] {creation()};
        }
        requestsLeft--;
        if (requestsLeft == 0 && random.nextInt(5) == 0) {
            return new ImageEvent[] {new ImageDeleted(imageId)};
        }
        List<ImageEvent> events = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            events.add(change());
        }
        return events.toArray(ImageEvent[]::new);
    }

    private ImageCreated creation() {
        Map<String, String> properties = new HashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String key = pick(KEYS);
            keys.add(key);
            properties.put(key, pick(WORDS));
        }
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(pick(TAGS));
        }
        return new ImageCreated(
                imageId,
                random.nextBoolean() ? null : pick(WORDS),
                pick(VISIBILITIES),
                random.nextBoolean(),
                random.nextInt(4) == 0,
                random.nextInt(3) * 512L,
                random.nextInt(3) * 10L,
                pick(DISK_FORMATS),
                pick(CONTAINER_FORMATS),
                "fold-" + random.nextInt(3),
                properties,
                tags);
    }

    private ImageEvent change() {
        return switch (random.nextInt(21)) {
            case 0 -> new ImageRenamed(imageId, random.nextInt(4) == 0 ? null : pick(WORDS));
            case 1 -> new ImageVisibilityChanged(imageId, pick(VISIBILITIES));
            case 2 -> new ImageProtectionChanged(imageId, random.nextBoolean());
            case 3 -> new ImageHiddenChanged(imageId, random.nextBoolean());
            case 4 -> new ImageMinRamChanged(imageId, random.nextInt(8192));
            case 5 -> new ImageMinDiskChanged(imageId, random.nextInt(100));
            case 6 -> new ImageDiskFormatChanged(imageId, pick(DISK_FORMATS));
            case 7 -> new ImageContainerFormatChanged(imageId, pick(CONTAINER_FORMATS));
            case 8 -> new ImageOwnerChanged(imageId, "fold-" + random.nextInt(3));
            case 9, 10 -> propertySet();
            case 11 -> keys.isEmpty() ? propertySet() : propertyRemoved();
            case 12 -> new ImageTagAdded(imageId, pick(TAGS));
            case 13 -> new ImageTagRemoved(imageId, pick(TAGS));
            case 14 -> new ImageDeactivated(imageId);
            case 15 -> new ImageReactivated(imageId);
            case 16 -> new ImageDataUploadStarted(imageId);
            case 17 ->
                new ImageDataUploaded(
                        imageId,
                        random.nextInt(1 << 20),
                        random.nextBoolean() ? null : 1L << 30,
                        "md5-" + random.nextInt(9),
                        "sha512",
                        "sha-" + random.nextInt(9),
                        "file:///images/" + imageId);
            case 18 -> new ImageDataUploadFailed(imageId, pick(WORDS));
            case 19 -> {
                String member = pick(MEMBERS);
                yield members.add(member) ? new ImageMemberAdded(imageId, member) : memberChange(member);
            }
            default -> members.isEmpty() ? new ImageMemberAdded(imageId, addedMember()) : memberChange(pick(members));
        };
    }

    private String addedMember() {
        String member = pick(MEMBERS);
        members.add(member);
        return member;
    }

    private ImageEvent memberChange(String member) {
        if (random.nextInt(3) == 0) {
            members.remove(member);
            return new ImageMemberRemoved(imageId, member);
        }
        return new ImageMemberStatusChanged(imageId, member, pick(MEMBER_STATUSES));
    }

    private String pick(Set<String> values) {
        return values.stream().skip(random.nextInt(values.size())).findFirst().orElseThrow();
    }

    private ImagePropertySet propertySet() {
        String key = pick(KEYS);
        keys.add(key);
        return new ImagePropertySet(imageId, key, pick(WORDS));
    }

    private ImagePropertyRemoved propertyRemoved() {
        String key = keys.stream().skip(random.nextInt(keys.size())).findFirst().orElseThrow();
        keys.remove(key);
        return new ImagePropertyRemoved(imageId, key);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
