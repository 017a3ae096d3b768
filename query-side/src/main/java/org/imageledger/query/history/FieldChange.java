package org.imageledger.query.history;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.imageledger.events.ImageField;
import org.imageledger.events.ImageState;

/**
 * One field's value before and after an event; an absent field (a removed property or tag, anything before creation)
 * reads as null.
 */
public record FieldChange(
        String field, Object old, @JsonProperty("new") Object value) {

    private static final Set<String> CORE = Set.of(
            ImageField.NAME,
            ImageField.DISK_FORMAT,
            ImageField.CONTAINER_FORMAT,
            ImageField.VISIBILITY,
            ImageField.PROTECTED,
            ImageField.MIN_RAM,
            ImageField.MIN_DISK,
            ImageField.OWNER,
            ImageField.OS_HIDDEN,
            ImageField.STATUS,
            ImageField.SIZE,
            ImageField.VIRTUAL_SIZE,
            ImageField.CHECKSUM,
            ImageField.OS_HASH_ALGO,
            ImageField.OS_HASH_VALUE);

    /** The fields whose values differ between two {@code ImageState.fieldValues()} maps, in the order they appear. */
    static List<FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
        List<FieldChange> changes = new ArrayList<>(1);
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.add(new FieldChange(field, old, value));
            }
        });
        before.forEach((field, old) -> {
            if (old != null && !after.containsKey(field)) {
                changes.add(new FieldChange(field, old, null));
            }
        });
        return changes;
    }

    /**
     * What {@link #between(Map, Map)} answers for the states' {@code fieldValues()}, without building those maps: an
     * image's history compares every event's states. An event that changes the data or the members, and a property
     * whose key reads as another field, which the maps would merge with that field, take the maps' way.
     *
     * @param before null before the creation
     */
    static List<FieldChange> between(ImageState before, ImageState after) {
        if (before == null
                || !separate(before.properties())
                || !separate(after.properties())
                || !Objects.equals(before.data(), after.data())
                || !before.members().equals(after.members())) {
            return between(before == null ? Map.of() : before.fieldValues(), after.fieldValues());
        }
        List<FieldChange> changes = new ArrayList<>(1);
        core(changes, ImageField.NAME, before.name(), after.name());
        core(changes, ImageField.DISK_FORMAT, before.diskFormat(), after.diskFormat());
        core(changes, ImageField.CONTAINER_FORMAT, before.containerFormat(), after.containerFormat());
        core(changes, ImageField.VISIBILITY, before.visibility(), after.visibility());
        if (before.isProtected() != after.isProtected()) {
            changes.add(new FieldChange(ImageField.PROTECTED, before.isProtected(), after.isProtected()));
        }
        if (before.minRam() != after.minRam()) {
            changes.add(new FieldChange(ImageField.MIN_RAM, before.minRam(), after.minRam()));
        }
        if (before.minDisk() != after.minDisk()) {
            changes.add(new FieldChange(ImageField.MIN_DISK, before.minDisk(), after.minDisk()));
        }
        core(changes, ImageField.OWNER, before.owner(), after.owner());
        if (before.osHidden() != after.osHidden()) {
            changes.add(new FieldChange(ImageField.OS_HIDDEN, before.osHidden(), after.osHidden()));
        }
        core(changes, ImageField.STATUS, before.status(), after.status());
        after.properties()
                .forEach((key, value) -> core(changes, key, before.properties().get(key), value));
        after.tags().stream()
                .filter(tag -> !before.tags().contains(tag))
                .forEach(tag -> changes.add(new FieldChange(ImageField.tag(tag), null, tag)));
        before.properties().forEach((key, old) -> {
            if (old != null && !after.properties().containsKey(key)) {
                changes.add(new FieldChange(key, old, null));
            }
        });
        before.tags().stream()
                .filter(tag -> !after.tags().contains(tag))
                .forEach(tag -> changes.add(new FieldChange(ImageField.tag(tag), tag, null)));
        return changes;
    }

    private static void core(List<FieldChange> changes, String field, Object old, Object value) {
        if (!Objects.equals(old, value)) {
            changes.add(new FieldChange(field, old, value));
        }
    }

    /** Whether no key can be mistaken for a core field or a tag. */
    private static boolean separate(Map<String, String> properties) {
        for (String key : properties.keySet()) {
            if (CORE.contains(key) || ImageField.isTag(key) || ImageField.isMember(key)) {
                return false;
            }
        }
        return true;
    }
}
