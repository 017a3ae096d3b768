package org.imageledger.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The command line: {@code [--quick] [--scale-out] [--only SECTION,…] [--service-jvm-option OPTION]… --service-jar
 * JAR --command-jar JAR --query-jar JAR --work-dir DIR --results DIR [--commit SHA]}. The node jars are needed only
 * for the scale-out run.
 *
 * @param only the sections to measure (lower-case names of {@link BenchRun}'s sections); empty for all of them
 * @param serviceJvmOptions options for the service's JVM, e.g. to record a flight recording of its run
 */
record BenchOptions(
        Scale scale,
        boolean scaleOut,
        Path serviceJar,
        Path commandJar,
        Path queryJar,
        Path workDir,
        Path resultsDir,
        String commit,
        Set<String> only,
        List<String> serviceJvmOptions) {

    private static final List<String> SECTIONS =
            List.of("patch", "create", "reads", "lag", "rebuild", "history", "data", "flood");

    /** Parses the command line; a malformed one throws picocli's {@link ParameterException}, which says why. */
    static BenchOptions parse(String... args) {
        Arguments arguments = new Arguments();
        CommandLine line = new CommandLine(arguments);
        line.parseArgs(args);
        for (String section : arguments.only) {
            if (!SECTIONS.contains(section)) {
                throw new ParameterException(line, "--only takes some of " + SECTIONS + ", not " + section);
            }
        }
        if (arguments.scaleOut && (arguments.commandJar == null || arguments.queryJar == null)) {
            throw new ParameterException(line, "--scale-out needs --command-jar and --query-jar");
        }
        return new BenchOptions(
                arguments.quick ? Scale.quick() : Scale.full(),
                arguments.scaleOut,
                arguments.serviceJar,
                arguments.commandJar,
                arguments.queryJar,
                arguments.workDir,
                arguments.resultsDir,
                arguments.commit,
                Set.copyOf(arguments.only),
                List.copyOf(arguments.serviceJvmOptions));
    }

    /** Whether the section is to be measured. */
    boolean measures(String section) {
        return only.isEmpty() || only.contains(section);
    }

    @Command(name = "bench")
    private static final class Arguments {

        @Option(names = "--quick", description = "a smoke run on fewer images and shorter loads")
        boolean quick;

        @Option(names = "--scale-out", description = "two command and two query nodes against one of each")
        boolean scaleOut;

        @Option(names = "--only", split = ",", paramLabel = "SECTION", description = "measure only these sections")
        List<String> only = new ArrayList<>();

        @Option(names = "--service-jvm-option", paramLabel = "OPTION", description = "an option for the service's JVM")
        List<String> serviceJvmOptions = new ArrayList<>();

        @Option(names = "--service-jar", required = true, paramLabel = "JAR")
        Path serviceJar;

        @Option(names = "--command-jar", paramLabel = "JAR")
        Path commandJar;

        @Option(names = "--query-jar", paramLabel = "JAR")
        Path queryJar;

        @Option(names = "--work-dir", required = true, paramLabel = "DIR")
        Path workDir;

        @Option(names = "--results", required = true, paramLabel = "DIR")
        Path resultsDir;

        @Option(names = "--commit", paramLabel = "SHA")
        String commit;
    }
}
