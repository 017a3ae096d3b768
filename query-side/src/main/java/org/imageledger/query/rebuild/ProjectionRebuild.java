package org.imageledger.query.rebuild;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.imageledger.query.progress.ProjectionProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Starts rebuilds of the image_metadata projection, one at a time across every process on the database
 * ({@link RebuildLock}), each on one background thread; and verifies the live tables.
 */
@Component
public class ProjectionRebuild implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final RebuildSteps steps;
    private final Verification verification;
    private final ProjectionProgress projection;
    private final DataSource dataSource;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "image-metadata-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private RebuildProgress current;

    ProjectionRebuild(
            RebuildSteps steps, Verification verification, ProjectionProgress projection, DataSource dataSource) {
        this.steps = steps;
        this.verification = verification;
        this.projection = projection;
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

    /** The live tables against the fold of the events, up to what the live projection has applied. */
    public VerificationResult verifyLive() {
        return verification.verify(TableSet.LIVE, projection.appliedPosition(), Set.of());
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
