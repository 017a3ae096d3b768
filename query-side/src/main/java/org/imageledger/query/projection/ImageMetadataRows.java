package org.imageledger.query.projection;

import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.imageledger.events.ImageCreated;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Changes image_metadata and its side tables, each change guarded by the row's version: an event that is not newer
 * than the row changes nothing. The changes of a batch of events are collected and written together just before the
 * batch commits ({@link RowBatch}), in its transaction, so rows and token still commit together.
 */
@Component
class ImageMetadataRows {

    private static final String BATCH = RowBatch.class.getName();

    private final JdbcTemplate jdbc;

    ImageMetadataRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void create(ImageCreated e, EventStamp stamp) {
        batch().create(e, stamp);
    }

    void set(String imageId, ImageColumn column, Object value, EventStamp stamp) {
        batch().change(imageId, stamp, new RowChange.SetColumn(column, value));
    }

    void set(String imageId, Map<ImageColumn, Object> values, EventStamp stamp) {
        batch().change(imageId, stamp, new RowChange.SetColumns(values));
    }

    void change(String imageId, RowChange change, EventStamp stamp) {
        batch().change(imageId, stamp, change);
    }

    void setProperty(String imageId, String key, String value, EventStamp stamp) {
        batch().change(imageId, stamp, new RowChange.SetProperty(key, value));
    }

    void removeProperty(String imageId, String key, EventStamp stamp) {
        batch().change(imageId, stamp, new RowChange.RemoveProperty(key));
    }

    void addTag(String imageId, String tag, EventStamp stamp) {
        batch().change(imageId, stamp, new RowChange.AddTag(tag));
    }

    void removeTag(String imageId, String tag, EventStamp stamp) {
        batch().change(imageId, stamp, new RowChange.RemoveTag(tag));
    }

    /** The batch of the unit of work that handles the event, which writes itself when that unit prepares to commit. */
    private RowBatch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("image_metadata changes only inside the unit of work of an event batch");
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(BATCH, key -> {
            RowBatch batch = new RowBatch();
            root.onPrepareCommit(unitOfWork -> batch.write(jdbc));
            return batch;
        });
    }
}
