package org.imageledger.standalone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import org.imageledger.query.history.FieldChange;
import org.imageledger.query.history.HistoryEntry;
import org.imageledger.query.history.HistoryPage;
import org.imageledger.query.history.ImageHistory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Prints an image's history as a timeline: one line per field change, oldest first. */
@Command(
        name = HistoryCommand.NAME,
        mixinStandardHelpOptions = true,
        description = "Prints an image's history: version, time, actor and 'field: old → new' for every change.")
final class HistoryCommand extends AuditCommand {

    static final String NAME = "history";
    private static final int PAGE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "IMAGE_ID", description = "the image's id")
    String imageId;

    private final PrintStream out;

    HistoryCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    int run(ConfigurableApplicationContext context) throws JsonProcessingException {
        ImageHistory history = context.getBean(ImageHistory.class);
        HistoryPage page = history.page(imageId, 0, PAGE);
        if (page.entries().isEmpty()) {
            throw new IllegalArgumentException("no image found with ID " + imageId);
        }
        while (true) {
            for (HistoryEntry entry : page.entries()) {
                print(entry);
            }
            if (page.nextVersion() == null) {
                return 0;
            }
            page = history.page(imageId, page.nextVersion(), PAGE);
        }
    }

    private void print(HistoryEntry entry) throws JsonProcessingException {
        String stamp = "v" + entry.version() + "  " + entry.recordedAt() + "  " + entry.actor() + "  ";
        if (entry.changes().isEmpty()) {
            out.println(stamp + entry.event());
        }
        for (FieldChange change : entry.changes()) {
            out.println(stamp + change.field() + ": " + JSON.writeValueAsString(change.old()) + " → "
                    + JSON.writeValueAsString(change.value()));
        }
    }
}
