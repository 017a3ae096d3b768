package org.imageledger.query.history;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An image's history in pages. Old values come from the fold, so every page replays the image from version 0; only
 * the events of the page are diffed and looked up.
 */
public class ImageHistory {

    private final ImageEvents events;
    private final GlobalPositions positions;

    ImageHistory(ImageEvents events, GlobalPositions positions) {
        this.events = events;
        this.positions = positions;
    }

    /**
     * The entries from {@code fromVersion} (inclusive), at most {@code limit} of them; empty when the image has no
     * events at all.
     */
    public Optional<HistoryPage> page(String imageId, long fromVersion, int limit) {
        Iterator<RecordedEvent> replay = events.replay(imageId);
        if (!replay.hasNext()) {
            return Optional.empty();
        }
        List<RecordedEvent> page = new ArrayList<>();
        Long nextVersion = null;
        while (replay.hasNext()) {
            RecordedEvent event = replay.next();
            if (event.version() < fromVersion) {
                continue;
            }
            if (page.size() == limit) {
                nextVersion = event.version();
                break;
            }
            page.add(event);
        }
        return Optional.of(new HistoryPage(imageId, entries(imageId, page), nextVersion, limit));
    }

    private List<HistoryEntry> entries(String imageId, List<RecordedEvent> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> position =
                positions.of(imageId, page.get(0).version(), page.get(page.size() - 1).version());
        return page.stream()
                .map(e -> new HistoryEntry(e.version(), position.get(e.version()), e.eventName(), e.recordedAt(),
                        e.actor(), e.requestId(), e.changes()))
                .toList();
    }
}
