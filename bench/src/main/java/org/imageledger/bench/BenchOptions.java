package org.imageledger.bench;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * The command line: {@code [--quick] [--scale-out] --service-jar JAR --command-jar JAR --query-jar JAR --work-dir DIR
 * --results DIR [--commit SHA]}. The node jars are needed only for the scale-out run.
 */
record BenchOptions(
        Scale scale,
        boolean scaleOut,
        Path serviceJar,
        Path commandJar,
        Path queryJar,
        Path workDir,
        Path resultsDir,
        String commit) {

    static BenchOptions parse(String... args) {
        Scale scale = Scale.full();
        boolean scaleOut = false;
        Path serviceJar = null;
        Path commandJar = null;
        Path queryJar = null;
        Path workDir = null;
        Path resultsDir = null;
        String commit = null;
        for (Iterator<String> it = List.of(args).iterator(); it.hasNext(); ) {
            String option = it.next();
            switch (option) {
                case "--quick" -> scale = Scale.quick();
                case "--scale-out" -> scaleOut = true;
                case "--service-jar" -> serviceJar = Path.of(value(option, it));
                case "--command-jar" -> commandJar = Path.of(value(option, it));
                case "--query-jar" -> queryJar = Path.of(value(option, it));
                case "--work-dir" -> workDir = Path.of(value(option, it));
                case "--results" -> resultsDir = Path.of(value(option, it));
                case "--commit" -> commit = value(option, it);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (serviceJar == null || workDir == null || resultsDir == null) {
            throw new IllegalArgumentException("--service-jar, --work-dir and --results are required");
        }
        if (scaleOut && (commandJar == null || queryJar == null)) {
            throw new IllegalArgumentException("--scale-out needs --command-jar and --query-jar");
        }
        return new BenchOptions(scale, scaleOut, serviceJar, commandJar, queryJar, workDir, resultsDir, commit);
    }

    private static String value(String option, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return it.next();
    }
}
