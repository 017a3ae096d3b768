package org.imageledger.standalone;

import java.util.concurrent.Callable;
import org.imageledger.query.rebuild.ProjectionRebuild;
import org.imageledger.query.rebuild.VerificationResult;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Verifies the live image_metadata tables against the fold of the events; exits 0 when they match. */
@Command(name = "verify", description = "Compare the live image-metadata tables with the fold of the events.")
class VerifyCommand implements Callable<Integer> {

    @Unmatched
    String[] springArgs = new String[0];

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = LedgerContext.start(springArgs)) {
            VerificationResult result = context.getBean(ProjectionRebuild.class).verifyLive();
            System.out.printf(
                    "%d rows, %d images, %d differ from the fold of their events%n",
                    result.rows(), result.images(), result.mismatchCount());
            result.mismatches().forEach(id -> System.out.println("  differs: " + id));
            return result.matches() ? 0 : 1;
        }
    }
}
