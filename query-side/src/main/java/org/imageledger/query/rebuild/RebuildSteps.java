package org.imageledger.query.rebuild;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imageledger.query.tables.ImageMetadataTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One rebuild from start to swap. The fresh tables are filled from a snapshot of the events while the live ones serve,
 * then brought up to date page by page; once the reader is near the head they are indexed and verified in full. The
 * hand-over then locks the live tables, which holds readers and the live projection briefly, applies the events that
 * arrived meanwhile, verifies the images they touched, and swaps, all in one transaction. Every event committed before
 * the lock is in the fresh tables, and the live projection, whose writes could not reach the old tables after that,
 * continues on the new ones from its own tokens; the rows' version checks make any event it applies again harmless.
 */
@Component
class RebuildSteps {

    private static final Logger log = LoggerFactory.getLogger(RebuildSteps.class);

    /** Events per page: large enough to amortise each round trip, small enough to keep transactions short. */
    static final int PAGE = 10_000;

    private final ProjectionTables tables;
    private final SnapshotFill snapshot;
    private final EventPages events;
    private final PageFold fold;
    private final Verification verification;
    private final ImageMetadataTables fresh;
    private final TransactionTemplate transactions;

    RebuildSteps(
            ProjectionTables tables,
            SnapshotFill snapshot,
            EventPages events,
            PageFold fold,
            Verification verification,
            ImageMetadataTables imageTables,
            PlatformTransactionManager transactions) {
        this.tables = tables;
        this.snapshot = snapshot;
        this.events = events;
        this.fold = fold;
        this.verification = verification;
        this.fresh = imageTables.fresh();
        this.transactions = new TransactionTemplate(transactions);
    }

    void run(RebuildProgress progress, Runnable beforeVerification) {
        log.info("Rebuild of image-metadata started");
        tables.dropFresh();
        tables.createFresh();
        ReadPosition read = snapshot.fill(progress);
        tables.keyFresh();
        log.info(
                "Rebuild filled the fresh tables from a snapshot up to position {}: {}",
                read.position(),
                progress.status());
        int applied;
        do {
            applied =
                    transactions.execute(status -> applyNextPage(read, progress).size());
        } while (applied >= PAGE); // a short page: the head is near
        tables.indexFresh();
        log.info(
                "Rebuild filled and indexed the fresh tables up to position {}: {}",
                read.position(),
                progress.status());
        progress.verifying();
        beforeVerification.run();
        VerificationResult result = verification.verify(fresh, read.position());
        if (result.matches()) {
            result = transactions.execute(status -> {
                VerificationResult last = handOver(read, progress);
                if (!last.matches()) {
                    status.setRollbackOnly();
                }
                return last;
            });
        }
        if (result.matches()) {
            progress.completed();
            log.info("Rebuild swapped the fresh tables in: {}", progress.status());
        } else {
            tables.dropFresh();
            progress.mismatched(result);
        }
    }

    private VerificationResult handOver(ReadPosition read, RebuildProgress progress) {
        tables.lockLive();
        Set<String> touched = new HashSet<>();
        List<StoredEvent> page;
        do {
            page = applyNextPage(read, progress);
            page.forEach(e -> touched.add(e.imageId()));
        } while (page.size() >= PAGE);
        VerificationResult result = verification.verify(fresh, touched, read.position());
        if (result.matches()) {
            tables.swap();
        }
        log.info("Rebuild hand-over applied {} images' late events", touched.size());
        return result;
    }

    /** Applies the next page; returns what it applied. */
    private List<StoredEvent> applyNextPage(ReadPosition read, RebuildProgress progress) {
        List<StoredEvent> page = events.after(read.position(), PAGE);
        fold.apply(fresh, page);
        read.read(page);
        progress.read(page.size(), Math.max(0, events.head() - read.position()));
        return page;
    }
}
