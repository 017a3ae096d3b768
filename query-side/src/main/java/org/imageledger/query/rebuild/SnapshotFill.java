package org.imageledger.query.rebuild;

import java.util.BitSet;
import java.util.List;
import javax.sql.DataSource;
import org.imageledger.query.rebuild.EventPages.Snapshot;
import org.springframework.stereotype.Component;

/**
 * The bulk of a rebuild: every event of one snapshot of the event table, read image by image, each image folded in
 * memory and written once (COPY) into the fresh tables. Nothing is read back or written twice, however an image's
 * events are spread over the table. Events committed after the snapshot are left to the pages that follow it, which
 * start at the snapshot's head with the positions below it that held no event as gaps.
 */
@Component
class SnapshotFill {

    private final EventPages events;
    private final DataSource dataSource;

    SnapshotFill(EventPages events, DataSource dataSource) {
        this.events = events;
        this.dataSource = dataSource;
    }

    /** Fills the fresh tables, which must be empty; returns how far that read. */
    ReadPosition fill(RebuildProgress progress) {
        Folding folding = new Folding(progress);
        try (FreshTableCopy copy = new FreshTableCopy(dataSource)) {
            folding.copy = copy;
            events.snapshotByImage(folding::start, folding::fold);
            folding.finish();
            copy.flush();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot close the connection that filled the fresh tables", e);
        }
        return new ReadPosition(folding.head, folding::held);
    }

    /** One image folded at a time, handed to the copy when the next begins. */
    private static final class Folding {
        private final RebuildProgress progress;
        private FreshTableCopy copy;
        private long head;
        private long remaining;
        /** Which of the positions within the gap offset below the head held an event. */
        private final BitSet nearHead = new BitSet();
        private FoldedImage image;

        Folding(RebuildProgress progress) {
            this.progress = progress;
        }

        void start(Snapshot snapshot) {
            head = snapshot.head();
            remaining = snapshot.events();
        }

        void fold(List<StoredEvent> chunk) {
            for (StoredEvent e : chunk) {
                if (image != null && !image.state().id().equals(e.imageId())) {
                    copy.add(image);
                    image = null;
                }
                image = FoldedImage.after(image, e);
                if (head - e.position() <= ReadPosition.MAX_GAP_OFFSET) {
                    nearHead.set((int) (head - e.position()));
                }
            }
            remaining -= chunk.size();
            progress.read(chunk.size(), Math.max(0, remaining));
        }

        void finish() {
            if (image != null) {
                copy.add(image);
            }
        }

        boolean held(long position) {
            return head - position <= ReadPosition.MAX_GAP_OFFSET && nearHead.get((int) (head - position));
        }
    }
}
