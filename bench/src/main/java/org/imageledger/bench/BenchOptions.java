package org.imageledger.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    private static final List<String> SECTIONS = List.of("patch", "create", "reads", "lag", "rebuild", "history", "data");

    static BenchOptions parse(String... args) {
        Scale scale = Scale.full();
        boolean scaleOut = false;
        Path serviceJar = null;
        Path commandJar = null;
        Path queryJar = null;
        Path workDir = null;
        Path resultsDir = null;
        String commit = null;
        Set<String> only = new LinkedHashSet<>();
        List<String> jvmOptions = new ArrayList<>();
        for (Iterator<String> it = List.of(args).iterator(); it.hasNext(); ) {
            String option = it.next();
            switch (option) {
                case "--quick" -> scale = Scale.quick();
                case "--scale-out" -> scaleOut = true;
                case "--only" -> only.addAll(sections(value(option, it)));
                case "--service-jvm-option" -> jvmOptions.add(value(option, it));
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
        return new BenchOptions(scale, scaleOut, serviceJar, commandJar, queryJar, workDir, resultsDir, commit,
                Set.copyOf(only), List.copyOf(jvmOptions));
    }

    /** Whether the section is to be measured. */
    boolean measures(String section) {
        return only.isEmpty() || only.contains(section);
    }

    private static List<String> sections(String list) {
        List<String> sections = List.of(list.split(","));
        for (String section : sections) {
            if (!SECTIONS.contains(section)) {
                throw new IllegalArgumentException("--only takes some of " + SECTIONS + ", not " + section);
            }
        }
        return sections;
    }

    private static String value(String option, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return it.next();
    }
}
