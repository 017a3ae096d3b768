package org.imageledger.query.rebuild;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imageledger.query.tables.ImageMetadataTables;
import org.imageledger.query.tables.ImageRow;
import org.springframework.stereotype.Component;

/**
 * Applies a page of events to a table set: the images it touches are loaded once, folded in memory through the whole
 * page, and written back once. An event at or below the version a row already has is skipped, as in the live
 * projection, so that reading an event twice is harmless.
 */
@Component
class PageFold {

    /** Applies the events, in global order; returns the images whose rows changed. */
    Set<String> apply(ImageMetadataTables tables, List<StoredEvent> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.imageId()));
        Map<String, ImageRow> before = tables.load(ids);
        Map<String, ImageRow> images = new HashMap<>(before);
        Set<String> changed = new HashSet<>();
        for (StoredEvent e : events) {
            ImageRow prior = images.get(e.imageId());
            if (prior != null && e.version() <= prior.version()) {
                continue;
            }
            images.put(e.imageId(), e.foldOnto(prior));
            changed.add(e.imageId());
        }
        tables.write(before, changed.stream().map(images::get).toList());
        return changed;
    }
}
