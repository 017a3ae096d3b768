package org.imageledger.query.history;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.imageledger.events.ImageState;

/**
 * An image's history in pages. Old values come from the fold, so a page replays the image up to the page's end: from
 * where the previous page left off when this node served it, else from version 0. Only the page's events are diffed.
 */
public class ImageHistory {

    private final ImageEvents events;
    private final FoldContinuations continuations;

    ImageHistory(ImageEvents events, FoldContinuations continuations) {
        this.events = events;
        this.continuations = continuations;
    }

    /**
     * The entries from {@code fromVersion} (inclusive), at most {@code limit} of them; empty entries, not an error,
     * past the image's last version or for an unknown image.
     */
    public HistoryPage page(String imageId, long fromVersion, int limit) {
        ImageState start = fromVersion == 0
                ? null
                : continuations.at(imageId, fromVersion - 1).orElse(null);
        // one event past the page tells whether there is a next page
        Iterator<RecordedEvent> replay = events.replay(imageId, start, fromVersion + limit);
        List<HistoryEntry> entries = new ArrayList<>();
        ImageState end = null;
        while (replay.hasNext()) {
            RecordedEvent event = replay.next();
            if (event.version() < fromVersion) {
                continue;
            }
            if (entries.size() == limit) {
                continuations.keep(end);
                return new HistoryPage(imageId, entries, event.version(), limit);
            }
            entries.add(event.entry());
            end = event.after();
        }
        return new HistoryPage(imageId, entries, null, limit);
    }
}
