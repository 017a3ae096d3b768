package org.imageledger.standalone;

import java.io.PrintStream;
import java.util.Locale;
import org.imageledger.query.rebuild.RebuildStatus;

/** One line redrawn in place: a bar, events done of total, rate and time left. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    void show(RebuildStatus status) {
        int filled = status.total() == 0 ? 0 : (int) Math.min(WIDTH, WIDTH * status.done() / status.total());
        String eta = status.etaSeconds() == null ? "?" : status.etaSeconds() + " s";
        out.printf(
                "\r[%s%s] %d/%d events  %d events/s  ETA %s  %s   ",
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                status.done(),
                status.total(),
                status.eventsPerSecond(),
                eta,
                status.state().name().toLowerCase(Locale.ROOT));
        out.flush();
    }

    void end() {
        out.println();
    }
}
