package org.imageledger.command.image;

import java.util.Set;
import org.imageledger.events.ImageField;

/** The core attributes a client can change, and the tags: what a PATCH sets as a whole and may never remove. */
public final class WritableFields {

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
            ImageField.TAGS);

    private WritableFields() {}

    public static boolean isCore(String member) {
        return CORE.contains(member);
    }
}
