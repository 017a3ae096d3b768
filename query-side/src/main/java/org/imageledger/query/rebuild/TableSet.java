package org.imageledger.query.rebuild;

/** The projection's five tables under one set of names: the live ones readers use, or the fresh ones a rebuild fills. */
record TableSet(String metadata, String property, String tag, String recency, String member) {

    static final TableSet LIVE =
            new TableSet("image_metadata", "image_property", "image_tag", "image_recency", "image_member");
    static final TableSet FRESH = LIVE.suffixed("_next");

    private TableSet suffixed(String suffix) {
        return new TableSet(
                metadata + suffix, property + suffix, tag + suffix, recency + suffix, member + suffix);
    }

    String[] names() {
        return new String[] {metadata, property, tag, recency, member};
    }
}
