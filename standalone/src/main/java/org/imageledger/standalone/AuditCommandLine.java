package org.imageledger.standalone;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The auditors' command line in the standalone jar: {@code history <image-id>} and {@code export --after <position>},
 * each over the same database settings as the service. Every failure is one line on standard error and a non-zero
 * exit: 2 for a malformed command, 1 for anything else.
 */
@Command(name = "image-ledger", description = "Reads the image ledger's event stream.")
final class AuditCommandLine {

    static final int FAILED = 1;
    private static final Set<String> COMMANDS = Set.of(HistoryCommand.NAME, ExportCommand.NAME);

    private AuditCommandLine() {}

    /** Whether the arguments name a command of this line rather than settings for the service. */
    static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commands = new CommandLine(new AuditCommandLine())
                .addSubcommand(new HistoryCommand(out))
                .addSubcommand(new ExportCommand(out, err))
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commands.setParameterExceptionHandler((e, ignored) -> {
            err.println(name(e.getCommandLine()) + ": " + e.getMessage() + " (see --help)");
            return e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
        commands.setExecutionExceptionHandler((e, command, ignored) -> {
            err.println(name(command) + ": " + reason(e));
            return FAILED;
        });
        return commands.execute(args);
    }

    private static String name(CommandLine command) {
        return command.getCommandSpec().qualifiedName();
    }

    /** The first line of the innermost cause, which says what went wrong rather than where. */
    private static String reason(Exception e) {
        Throwable root = e;
        boolean database = false;
        while (root.getCause() != null && root.getCause() != root) {
            database |= root instanceof SQLException;
            root = root.getCause();
        }
        database |= root instanceof SQLException;
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines()
                .findFirst().orElse("");
        return database ? "cannot use the database: " + message : message;
    }
}
