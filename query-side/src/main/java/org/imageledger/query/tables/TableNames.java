package org.imageledger.query.tables;

/**
 * The projection's five tables under one set of names: the live ones readers use, or the fresh ones a rebuild fills.
 */
public record TableNames(String metadata, String property, String tag, String recency, String member) {

    public static final TableNames LIVE =
            new TableNames("image_metadata", "image_property", "image_tag", "image_recency", "image_member");
    public static final TableNames FRESH = LIVE.suffixed("_next");

    private TableNames suffixed(String suffix) {
        return new TableNames(metadata + suffix, property + suffix, tag + suffix, recency + suffix, member + suffix);
    }

    public String[] names() {
        return new String[] {metadata, property, tag, recency, member};
    }
}
