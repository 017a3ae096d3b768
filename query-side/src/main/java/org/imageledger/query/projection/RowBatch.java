package org.imageledger.query.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageEvent;
import org.imageledger.query.tables.ImageMetadataTables;
import org.imageledger.query.tables.ImageRow;

/**
 * The events of one batch, written together just before the batch's transaction commits: the batch's image rows are
 * locked and read in one go, each image's events are folded onto its row ({@link ImageRow#after}, the fold the
 * rebuild and verify use too), and only what changed is written, each kind of write as one JDBC batch. Each image row
 * is rewritten once per batch rather than once per event, and a batch costs a handful of round trips to the database
 * rather than two per event.
 */
final class RowBatch {

    private record Pending(ImageEvent event, EventStamp stamp) {}

    private final Map<String, List<Pending>> byImage = new LinkedHashMap<>();

    void add(ImageEvent event, EventStamp stamp) {
        byImage.computeIfAbsent(event.imageId(), id -> new ArrayList<>()).add(new Pending(event, stamp));
    }

    void write(ImageMetadataTables tables) {
        if (byImage.isEmpty()) {
            return;
        }
        Map<String, ImageRow> before = tables.lock(byImage.keySet());
        List<ImageRow> after = new ArrayList<>();
        byImage.forEach((id, events) -> {
            ImageRow row = before.get(id);
            for (Pending pending : events) {
                row = next(row, pending.event(), pending.stamp());
            }
            if (row != null && row != before.get(id)) {
                after.add(row);
            }
        });
        byImage.clear();
        tables.write(before, after);
    }

    /**
     * The row after the event. An event no newer than the row (delivered before) changes nothing, and neither does a
     * change of an image that has no row.
     */
    static ImageRow next(ImageRow row, ImageEvent event, EventStamp stamp) {
        if (row == null ? !(event instanceof ImageCreated) : stamp.version() <= row.version()) {
            return row;
        }
        return ImageRow.after(row, event, stamp.recordedAt(), stamp.version(), stamp.position());
    }
}
