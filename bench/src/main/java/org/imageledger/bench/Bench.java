package org.imageledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.imageledger.bench.report.Report;
import org.imageledger.bench.report.ResultJson;
import org.imageledger.bench.report.ResultTable;
import picocli.CommandLine.ParameterException;

/**
 * Measures the standalone service over HTTP beside raw PostgreSQL on the same server (or, with {@code --scale-out},
 * two command and two query nodes beside one of each), prints one table and writes it as JSON. Exits non-zero if a
 * measurement failed; a missed target is a finding, not a failure.
 */
public final class Bench {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private Bench() {}

    public static void main(String[] args) throws IOException {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (ParameterException e) {
            System.err.println("bench: " + e.getMessage());
            e.getCommandLine().usage(System.err);
            System.exit(2);
            return;
        }
        Files.createDirectories(options.resultsDir());
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        Path logPrefix = options.resultsDir().resolve(stamp).toAbsolutePath();
        Report report;
        boolean failed;
        if (options.scaleOut()) {
            ScaleOutRun run = new ScaleOutRun(options, logPrefix);
            report = run.run();
            failed = run.failed();
        } else {
            BenchRun run = new BenchRun(options, Path.of(logPrefix + "-service.log"));
            report = run.run();
            failed = run.failed();
        }
        Path json = options.resultsDir().resolve(stamp + ".json");
        ResultJson.write(report, json);
        System.out.println();
        System.out.print(ResultTable.render(report));
        System.out.println("(" + report.mode() + " run; JSON in " + json + ")");
        System.exit(failed ? 1 : 0);
    }
}
