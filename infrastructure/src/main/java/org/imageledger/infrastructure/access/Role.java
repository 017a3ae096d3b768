package org.imageledger.infrastructure.access;

import java.util.Locale;

/** What a token may do (docs/API.md §5). */
public enum Role {
    /** Reads images visible to its project, with their history. */
    READER,
    /** As reader, plus creates, changes and deletes its project's images. */
    MEMBER,
    /** Reads everything, including the event feed; changes nothing. */
    AUDITOR,
    /** Everything. */
    ADMIN;

    static Role parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
