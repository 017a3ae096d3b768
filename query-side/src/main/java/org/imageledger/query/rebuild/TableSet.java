package org.imageledger.query.rebuild;

/** The projection's four tables under one set of names: the live ones readers use, or the fresh ones a rebuild fills. */
record TableSet(String metadata, String property, String tag, String recency) {

    static final TableSet LIVE = new TableSet("image_metadata", "image_property", "image_tag", "image_recency");
    static final TableSet FRESH = LIVE.suffixed("_next");

    private TableSet suffixed(String suffix) {
        return new TableSet(metadata + suffix, property + suffix, tag + suffix, recency + suffix);
    }

    String[] names() {
        return new String[] {metadata, property, tag, recency};
    }
}
