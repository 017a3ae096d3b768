package org.imageledger.standalone;

import java.io.IOException;
import java.io.PrintStream;
import org.imageledger.query.history.EventFeed;
import org.imageledger.query.history.FeedPage;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Writes the event feed after a position to standard output as NDJSON, the lines {@code GET /v2/events} answers,
 * up to the last event committed; the summary on standard error says where to resume.
 */
@Command(
        name = ExportCommand.NAME,
        mixinStandardHelpOptions = true,
        description = "Writes every event after a global position as NDJSON to standard output.")
final class ExportCommand extends AuditCommand {

    static final String NAME = "export";
    private static final int PAGE = 10_000;

    @Option(names = "--after", paramLabel = "POSITION", description = "the last position already exported (default 0)")
    long after;

    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    void validate() {
        if (after < 0) {
            throw new ParameterException(spec.commandLine(), "--after must be a position, 0 or more, not " + after);
        }
    }

    @Override
    int run(ConfigurableApplicationContext context) throws IOException {
        EventFeed feed = context.getBean(EventFeed.class);
        long position = after;
        long events = 0;
        FeedPage page;
        do {
            page = feed.after(position, PAGE);
            page.writeTo(out);
            events += page.size();
            position = page.lastPosition();
        } while (page.size() > 0);
        out.flush();
        err.println("Exported " + events + " events after position " + after + "; resume with --after " + position);
        return 0;
    }
}
