package org.imageledger.command.image;

/** How a change relates to the version its client last saw (docs/API.md §2). */
public enum Precondition {
    /** No version given: each operation applies to the current state of its own field. */
    NONE,
    /** {@code If-Match}: any event after the expected version refuses the whole change. */
    STRICT,
    /** {@code Expected-Version}: refused only if an event after it changed a field this change changes. */
    FIELDS
}
