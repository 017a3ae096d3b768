package org.imageledger.query.rebuild;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.imageledger.infrastructure.store.EventStoreTables;
import org.imageledger.query.processor.ImageMetadataProcessorConfiguration;
import org.imageledger.query.tables.ImageMetadataTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts rebuilds of the image_metadata projection, one at a time across every process on the database
 * ({@link RebuildLock}), each on one background thread; and verifies the live tables.
 */
@Component
public class ProjectionRebuild implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final RebuildSteps steps;
    private final Verification verification;
    private final EventStoreTables tables;
    private final ImageMetadataTables live;
    private final TransactionTemplate snapshot;
    private final DataSource dataSource;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "image-metadata-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private RebuildProgress current;

    ProjectionRebuild(
            RebuildSteps steps,
            Verification verification,
            EventStoreTables tables,
            ImageMetadataTables live,
            PlatformTransactionManager transactions,
            DataSource dataSource) {
        this.steps = steps;
        this.verification = verification;
        this.tables = tables;
        this.live = live;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.dataSource = dataSource;
    }

    /**
     * Starts a rebuild in the background.
     *
     * @throws org.imageledger.infrastructure.web.ApiException 409 when one is running already
     */
    public RebuildStatus start() {
        return start(() -> {});
    }

    /** As {@link #start()}, running the hook once the fresh tables are filled and before they are verified. */
    synchronized RebuildStatus start(Runnable beforeVerification) {
        if (current != null && !current.status().state().finished()) {
            throw new RebuildAlreadyRunning();
        }
        RebuildLock lock = RebuildLock.take(dataSource);
        RebuildProgress progress = new RebuildProgress(Clock.systemUTC());
        current = progress;
        worker.execute(() -> {
            try (lock) {
                steps.run(progress, beforeVerification);
            } catch (Exception e) {
                log.error("Rebuild of image-metadata failed; the live tables are unchanged", e);
                progress.failed(e);
            }
        });
        return progress.status();
    }

    /** The current or last rebuild of this process. */
    public synchronized Optional<RebuildStatus> status() {
        return Optional.ofNullable(current).map(RebuildProgress::status);
    }

    /**
     * The live tables against the fold of the events, all read in one snapshot of the database: the position every
     * segment's stored token has reached, the rows (which commit together with their tokens), and the events. So the
     * comparison is exact while the projection and writers carry on: a row must hold every event up to that position,
     * and equal the fold of its image's events up to its own version.
     */
    public VerificationResult verifyLive() {
        return snapshot.execute(status -> {
            long applied = tables.storedPositions(ImageMetadataProcessorConfiguration.NAME).values().stream()
                    .mapToLong(Long::longValue)
                    .min()
                    .orElse(0);
            return verification.verify(live, applied);
        });
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
