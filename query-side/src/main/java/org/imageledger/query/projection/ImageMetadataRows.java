package org.imageledger.query.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.imageledger.events.ImageEvent;
import org.imageledger.query.tables.ImageMetadataTables;
import org.springframework.stereotype.Component;

/**
 * Applies events to image_metadata and its side tables, each guarded by the row's version: an event that is not newer
 * than the row changes nothing. The events of a batch are collected and written together just before the batch
 * commits ({@link RowBatch}), in its transaction, so rows and token still commit together.
 */
@Component
class ImageMetadataRows {

    private static final String BATCH = RowBatch.class.getName();

    private final ImageMetadataTables tables;

    ImageMetadataRows(ImageMetadataTables tables) {
        this.tables = tables;
    }

    void apply(ImageEvent event, EventStamp stamp) {
        batch().add(event, stamp);
    }

    /** The batch of the unit of work that handles the event, which writes itself when that unit prepares to commit. */
    private RowBatch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("image_metadata changes only inside the unit of work of an event batch");
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(BATCH, key -> {
            RowBatch batch = new RowBatch();
            root.onPrepareCommit(unitOfWork -> batch.write(tables));
            return batch;
        });
    }
}
