package org.imageledger.bench;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/** The command line: {@code [--quick] --service-jar JAR --work-dir DIR --results DIR [--commit SHA]}. */
record BenchOptions(Scale scale, Path serviceJar, Path workDir, Path resultsDir, String commit) {

    static BenchOptions parse(String... args) {
        Scale scale = Scale.full();
        Path serviceJar = null;
        Path workDir = null;
        Path resultsDir = null;
        String commit = null;
        for (Iterator<String> it = List.of(args).iterator(); it.hasNext(); ) {
            String option = it.next();
            switch (option) {
                case "--quick" -> scale = Scale.quick();
                case "--service-jar" -> serviceJar = Path.of(value(option, it));
                case "--work-dir" -> workDir = Path.of(value(option, it));
                case "--results" -> resultsDir = Path.of(value(option, it));
                case "--commit" -> commit = value(option, it);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (serviceJar == null || workDir == null || resultsDir == null) {
            throw new IllegalArgumentException("--service-jar, --work-dir and --results are required");
        }
        return new BenchOptions(scale, serviceJar, workDir, resultsDir, commit);
    }

    private static String value(String option, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return it.next();
    }
}
