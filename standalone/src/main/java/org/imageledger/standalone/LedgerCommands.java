package org.imageledger.standalone;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The jar's subcommands; any other first argument starts the server. */
@Command(
        name = "image-ledger",
        mixinStandardHelpOptions = true,
        subcommands = {RebuildCommand.class, VerifyCommand.class, DatabaseCommand.class})
final class LedgerCommands {

    private static final Set<String> NAMES = Set.of("rebuild", "verify", "database");

    static boolean handles(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    static int run(String[] args) {
        return new CommandLine(new LedgerCommands()).execute(args);
    }
}
