package org.imageledger.standalone;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.imageledger.query.rebuild.ProjectionRebuild;
import org.imageledger.query.rebuild.RebuildStatus;
import org.imageledger.query.rebuild.RebuildStatus.State;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Rebuilds the image_metadata projection, showing progress; exits 0 only after a verified swap. */
@Command(name = "rebuild", description = "Rebuild the image-metadata projection from the events and swap it in.")
class RebuildCommand implements Callable<Integer> {

    private static final long REFRESH_MILLIS = 250;

    @Unmatched
    String[] springArgs = new String[0];

    @Override
    public Integer call() throws InterruptedException {
        try (ConfigurableApplicationContext context = LedgerContext.start(springArgs)) {
            ProjectionRebuild rebuild = context.getBean(ProjectionRebuild.class);
            rebuild.start();
            ProgressBar bar = new ProgressBar(System.err);
            RebuildStatus status = rebuild.status().orElseThrow();
            while (!status.state().finished()) {
                bar.show(status);
                Thread.sleep(REFRESH_MILLIS);
                status = rebuild.status().orElseThrow();
            }
            bar.show(status);
            bar.end();
            return report(status, System.out);
        }
    }

    private static int report(RebuildStatus status, PrintStream out) {
        if (status.state() == State.COMPLETED) {
            out.printf("Rebuilt image-metadata from %d events, verified and swapped in.%n", status.done());
            return 0;
        }
        out.printf("Rebuild failed, the live tables are unchanged: %s%n", status.error());
        status.mismatches().forEach(id -> out.println("  differs: " + id));
        return 1;
    }
}
