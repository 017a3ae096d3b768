package org.imageledger.query.projection;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imageledger.events.ImageCreated;

/**
 * Where one batch's events leave one image's rows: the row it creates, if any, then the final value of each core
 * column, property and tag that the rest of its events change, and the stamp of its newest event. Only the final
 * values are written, so a property set and removed again in one batch costs one statement, not two.
 */
final class ImageRowChanges {

    final String imageId;
    /** The version the row had before the batch; null while it has no row. */
    private Long version;
    ImageCreated created;
    EventStamp createdStamp;
    EventStamp newest;
    final Map<ImageColumn, Object> columns = new EnumMap<>(ImageColumn.class);
    /** Key to new value; null when the batch removes the property. */
    final Map<String, String> properties = new LinkedHashMap<>();
    /** Tag to whether the batch leaves it on the image. */
    final Map<String, Boolean> tags = new LinkedHashMap<>();
    /** Member project to its row; null when the batch removes the member. */
    final Map<String, RowChange.MemberRow> members = new LinkedHashMap<>();

    ImageRowChanges(String imageId, Long version) {
        this.imageId = imageId;
        this.version = version;
    }

    /** Creates the row, unless it exists already: the event was delivered before. */
    void create(EventStamp stamp, ImageCreated event) {
        if (version == null) {
            created = event;
            createdStamp = stamp;
            version = stamp.version();
        }
    }

    /** Applies the change if its event is newer than the row: a redelivered or replayed event changes nothing. */
    void apply(EventStamp stamp, RowChange change) {
        if (version == null || stamp.version() <= version) {
            return;
        }
        version = stamp.version();
        newest = stamp;
        change.applyTo(this);
    }
}
