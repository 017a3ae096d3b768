package org.imageledger.command.image;

/**
 * One JSON-patch operation on a top-level member of the image, its value already checked against that member's type.
 *
 * @param member the decoded pointer: a core attribute, {@code tags}, or a custom property key
 * @param value a String, Boolean, Long or List of tags for core members and tags; a String for a property; absent for
 *     a removal
 */
public record PatchOperation(Op op, String member, Object value) {

    /** The operations the Glance dialect allows. */
    public enum Op {
        ADD,
        REMOVE,
        REPLACE
    }
}
