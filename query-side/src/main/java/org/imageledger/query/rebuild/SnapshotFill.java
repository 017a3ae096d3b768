package org.imageledger.query.rebuild;

import java.sql.SQLException;
import java.util.List;
import org.imageledger.infrastructure.store.EventStoreTables.Extent;
import org.imageledger.query.tables.ImageCopy;
import org.imageledger.query.tables.ImageMetadataTables;
import org.imageledger.query.tables.ImageRow;
import org.springframework.stereotype.Component;

/**
 * The bulk of a rebuild: every event of one snapshot of the event table, read image by image, each image folded in
 * memory and written once (COPY) into the fresh tables. Nothing is read back or written twice, however an image's
 * events are spread over the table. Events committed after the snapshot are left to the pages that follow it, which
 * start after the snapshot's head: positions are drawn in commit order, so none can appear below it later.
 */
@Component
class SnapshotFill {

    private final EventPages events;
    private final ImageMetadataTables fresh;

    SnapshotFill(EventPages events, ImageMetadataTables tables) {
        this.events = events;
        this.fresh = tables.fresh();
    }

    /** Fills the fresh tables, which must be empty; returns how far that read. */
    ReadPosition fill(RebuildProgress progress) {
        try (ImageCopy copy = fresh.copy()) {
            Folding folding = new Folding(copy, progress);
            events.snapshotByImage(folding::start, folding::fold);
            folding.finish();
            return new ReadPosition(folding.head);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot close the connection that filled the fresh tables", e);
        }
    }

    /** One image folded at a time, handed to the copy when the next begins. */
    private static final class Folding {
        private final ImageCopy copy;
        private final RebuildProgress progress;
        private long head;
        private long remaining;
        private ImageRow image;

        Folding(ImageCopy copy, RebuildProgress progress) {
            this.copy = copy;
            this.progress = progress;
        }

        void start(Extent snapshot) {
            head = snapshot.head();
            remaining = snapshot.events();
        }

        void fold(List<StoredEvent> chunk) {
            for (StoredEvent e : chunk) {
                if (image != null && !image.id().equals(e.imageId())) {
                    copy.add(image);
                    image = null;
                }
                image = e.foldOnto(image);
            }
            remaining -= chunk.size();
            progress.read(chunk.size(), Math.max(0, remaining));
        }

        void finish() {
            if (image != null) {
                copy.add(image);
            }
            copy.flush();
        }
    }
}
