package org.imageledger.query.rebuild;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imageledger.events.ImageCreated;
import org.springframework.stereotype.Component;

/**
 * Applies a page of events to a table set: the images it touches are loaded once, folded in memory through the whole
 * page, and written back once. An event at or below the version a row already has is skipped, as in the live
 * projection, so that reading an event twice is harmless.
 */
@Component
class PageFold {

    private final ImageRows rows;

    PageFold(ImageRows rows) {
        this.rows = rows;
    }

    /** Applies the events, in global order; returns the images whose rows changed. */
    Set<String> apply(TableSet tables, List<StoredEvent> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        Set<String> toLoad = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (StoredEvent e : events) {
            // an image whose first event here is its creation has no row yet
            if (seen.add(e.imageId()) && !(e.event() instanceof ImageCreated)) {
                toLoad.add(e.imageId());
            }
        }
        Map<String, FoldedImage> images = new HashMap<>(rows.load(tables, toLoad));
        Set<String> existing = Set.copyOf(images.keySet());
        Set<String> changed = new HashSet<>();
        for (StoredEvent e : events) {
            FoldedImage prior = images.get(e.imageId());
            if (prior != null && e.version() <= prior.state().version()) {
                continue;
            }
            images.put(e.imageId(), FoldedImage.after(prior, e));
            changed.add(e.imageId());
        }
        Set<String> rewritten = new HashSet<>(existing);
        rewritten.retainAll(changed);
        rows.write(tables, changed.stream().map(images::get).toList(), rewritten);
        return changed;
    }
}
