package org.imageledger.standalone;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's command line, each command over the same database settings as the service: the auditors'
 * {@code history <image-id>} and {@code export --after <position>}, the operators' {@code rebuild}, {@code verify}
 * and {@code database}. Any other first argument starts the server. A malformed command is one line on standard error
 * and exit 2; a command that fails with an exception is one line and exit 1.
 */
@Command(
        name = "image-ledger",
        mixinStandardHelpOptions = true,
        subcommands = {RebuildCommand.class, VerifyCommand.class, DatabaseCommand.class})
final class LedgerCommands {

    static final int FAILED = 1;
    private static final Set<String> COMMANDS =
            Set.of(HistoryCommand.NAME, ExportCommand.NAME, "rebuild", "verify", "database");

    private LedgerCommands() {}

    /** Whether the arguments name a command rather than settings for the service. */
    static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commands = new CommandLine(new LedgerCommands())
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
        String message = root.getMessage() == null
                ? root.getClass().getSimpleName()
                : root.getMessage().lines().findFirst().orElse("");
        return database ? "cannot use the database: " + message : message;
    }
}
