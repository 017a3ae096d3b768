package org.imageledger.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.imageledger.bench.database.BenchDatabase;
import org.imageledger.bench.database.RawEventTable;
import org.imageledger.bench.database.StoredEvents;
import org.imageledger.bench.report.Report;
import org.imageledger.bench.report.Row;
import org.imageledger.bench.report.Target;
import org.imageledger.bench.report.Unit;
import org.imageledger.bench.service.ServiceProcess;

/**
 * One run: starts PostgreSQL and the service on it, measures in the order of the table, and stops both. A
 * measurement that fails becomes a row saying why, and the run goes on with the next.
 */
final class BenchRun {

    private static final int CLIENTS = 8;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    @FunctionalInterface
    private interface Measurement {
        List<Row> run() throws Exception;
    }

    private final BenchOptions options;
    private final Path serviceLog;
    private final List<Row> rows = new ArrayList<>();
    private boolean failed;

    BenchRun(BenchOptions options, Path serviceLog) {
        this.options = options;
        this.serviceLog = serviceLog;
    }

    boolean failed() {
        return failed;
    }

    Report run() {
        Instant started = Instant.now();
        try {
            startAndMeasure();
        } catch (Exception e) {
            fail("run", e);
        }
        return new Report(options.scale().mode(), options.commit(), started, Instant.now(), rows);
    }

    private void startAndMeasure() throws Exception {
        Workspace workspace = new Workspace(options.workDir());
        Progress.say("starting PostgreSQL");
        try (BenchDatabase database = BenchDatabase.start(workspace.postgresData())) {
            workspace.recordProcess("postgres", "INT", database.postmasterPid());
            String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
            Progress.say("starting the service; its log is " + serviceLog);
            try (ServiceProcess service = ServiceProcess.start(options.serviceJar(), freePort(), database.jdbcUrl(),
                    token, workspace.serviceData(), serviceLog)) {
                workspace.recordProcess("service", "TERM", service.pid());
                Duration ready = service.awaitHealthy(START_TIMEOUT);
                Setup setup = new Setup(options.scale(), database, service, token, new StoredEvents());
                measureService(setup);
                rows.add(Row.of("ready: start to health UP", Unit.SECONDS, BulkLoad.seconds(ready), null,
                        Target.atMost(10)));
                rows.add(Row.of("peak RSS (VmHWM)", Unit.MEGABYTES, service.peakResidentMegabytes(), null,
                        Target.atMost(512)));
            }
        }
    }

    private void measureService(Setup setup) throws Exception {
        RawEventTable raw = RawEventTable.create(setup.database(), setup.events());
        measure("PATCH, 1 client", () -> PatchThroughput.measure(setup, raw, 1, null));
        measure("PATCH, " + CLIENTS + " clients",
                () -> PatchThroughput.measure(setup, raw, CLIENTS, Target.ratioAtLeast(0.5)));
        measure("create, " + CLIENTS + " clients", () -> List.of(CreateThroughput.measure(setup, raw, CLIENTS)));
        measure("bulk load and catch-up", () -> List.of(BulkLoad.images(setup)));
        measure("reads", () -> ReadLatency.measure(setup));
        measure("projection lag", () -> ProjectionLag.measure(setup, CLIENTS));
        measure("rebuild", () -> List.of(RebuildRate.measure(setup)));
        measure("history", () -> HistoryLatency.measure(setup));
    }

    private void measure(String name, Measurement measurement) {
        Progress.say(name);
        try {
            rows.addAll(measurement.run());
        } catch (Exception e) {
            fail(name, e);
        }
    }

    private void fail(String name, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        failed = true;
        String why = e.getCause() == null ? String.valueOf(e) : e + " (" + e.getCause() + ")";
        Progress.say(name + " failed: " + why);
        e.printStackTrace();
        rows.add(Row.failed(name, why));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
