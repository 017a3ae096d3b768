package org.imageledger.query.history;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * An image's history in pages. Old values come from the fold, so a page replays the image from version 0 up to the
 * page's end; only the events of the page are diffed.
 */
public class ImageHistory {

    private final ImageEvents events;

    ImageHistory(ImageEvents events) {
        this.events = events;
    }

    /**
     * The entries from {@code fromVersion} (inclusive), at most {@code limit} of them; empty entries, not an error,
     * past the image's last version or for an unknown image.
     */
    public HistoryPage page(String imageId, long fromVersion, int limit) {
        // one event past the page tells whether there is a next page
        Iterator<RecordedEvent> replay = events.replay(imageId, fromVersion + limit);
        List<HistoryEntry> entries = new ArrayList<>();
        Long nextVersion = null;
        while (replay.hasNext()) {
            RecordedEvent event = replay.next();
            if (event.version() < fromVersion) {
                continue;
            }
            if (entries.size() == limit) {
                nextVersion = event.version();
                break;
            }
            entries.add(event.entry());
        }
        return new HistoryPage(imageId, entries, nextVersion, limit);
    }
}
