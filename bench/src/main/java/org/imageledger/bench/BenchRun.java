package org.imageledger.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imageledger.bench.database.BenchDatabase;
import org.imageledger.bench.database.RawEventTable;
import org.imageledger.bench.database.StoredEvents;
import org.imageledger.bench.report.Report;
import org.imageledger.bench.report.Row;
import org.imageledger.bench.report.Target;
import org.imageledger.bench.report.Unit;
import org.imageledger.bench.service.ServiceProcess;

/**
 * One run: starts PostgreSQL and the service on it, measures, and stops both. The lag is measured before the bulk
 * load, so that it never includes a backlog; the table still shows the rows in the order of {@link Section}. A
 * measurement that fails becomes a row saying why, and the run goes on with the next.
 */
final class BenchRun {

    private static final int CLIENTS = 8;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    /** The parts of the table, in the order it shows them. */
    private enum Section {
        PATCH,
        CREATE,
        READS,
        LAG,
        REBUILD,
        HISTORY,
        DATA,
        FLOOD,
        PROCESS
    }

    @FunctionalInterface
    private interface Measurement {
        List<Row> run() throws Exception;
    }

    private final BenchOptions options;
    private final Path serviceLog;
    private final Map<Section, List<Row>> sections = new EnumMap<>(Section.class);
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
            fail(Section.PROCESS, "run", e);
        }
        List<Row> rows = new ArrayList<>();
        sections.values().forEach(rows::addAll);
        Map<String, Object> settings = options.scale().settings(CLIENTS);
        if (!options.only().isEmpty()) {
            settings.put("only", List.copyOf(options.only()));
        }
        return new Report(options.scale().mode(), options.commit(), started, Instant.now(), settings, rows);
    }

    private void startAndMeasure() throws Exception {
        Workspace workspace = new Workspace(options.workDir());
        Progress.say("starting PostgreSQL");
        try (BenchDatabase database = BenchDatabase.start(workspace.postgresData())) {
            workspace.recordProcess("postgres", "INT", database.postmasterPid());
            String token = adminToken();
            Progress.say("starting the service; its log is " + serviceLog);
            try (ServiceProcess service = ServiceProcess.start(
                    options.serviceJar(),
                    options.serviceJvmOptions(),
                    freePort(),
                    database.jdbcUrl(),
                    token,
                    workspace.serviceData(),
                    serviceLog)) {
                workspace.recordProcess("service", "TERM", service.pid());
                Duration ready = service.awaitHealthy(START_TIMEOUT);
                Setup setup = new Setup(options.scale(), database, service, token, new StoredEvents());
                measureService(setup);
                measure(
                        Section.DATA,
                        "image data upload and download",
                        () -> ImageDataTransfer.measure(
                                setup, workspace.serviceData(), options.scale().imageDataBytes()));
                add(
                        Section.PROCESS,
                        Row.of(
                                "ready: start to health UP",
                                Unit.SECONDS,
                                ready.toNanos() / 1e9,
                                null,
                                Target.atMost(10)));
                add(
                        Section.PROCESS,
                        Row.of(
                                "peak RSS (VmHWM), " + ServiceProcess.HEAP_LIMIT,
                                Unit.MEGABYTES,
                                service.peakResidentMegabytes(),
                                null,
                                Target.atMost(512)));
            }
        }
    }

    private void measureService(Setup setup) throws Exception {
        RawEventTable raw = RawEventTable.create(setup.database(), setup.events());
        Progress.say(
                "warming the service up for " + setup.scale().serviceWarmup().toSeconds() + " s");
        ServiceWarmup.run(setup, CLIENTS);
        measure(Section.PATCH, "PATCH, 1 client", () -> PatchThroughput.measure(setup, raw, 1, null));
        measure(
                Section.PATCH,
                "PATCH, " + CLIENTS + " clients",
                () -> PatchThroughput.measure(setup, raw, CLIENTS, Target.ratioAtLeast(0.5)));
        measure(
                Section.CREATE,
                "create, " + CLIENTS + " clients",
                () -> List.of(CreateThroughput.measure(setup, raw, CLIENTS)));
        measure(Section.LAG, "projection lag", () -> ProjectionLag.measure(setup, CLIENTS));
        measure(Section.FLOOD, "anonymous flood", () -> AnonymousFlood.measure(setup));
        if (!measures(Section.READS) && !measures(Section.HISTORY) && !measures(Section.REBUILD)) {
            return;
        }
        List<BulkLoad.Loaded> bulk = new ArrayList<>();
        // the bulk load is what reads, history and rebuild work over, so it is measured whenever one of them is
        measure(Section.READS, "bulk load and catch-up", true, () -> {
            bulk.add(BulkLoad.images(setup));
            return List.of(bulk.get(0).row());
        });
        if (bulk.isEmpty()) {
            notMeasured(setup, "not measured because the bulk load failed");
        } else if (!bulk.get(0).catchUp().complete()) {
            notMeasured(setup, "not measured because " + bulk.get(0).catchUp().describe());
        } else {
            measure(Section.READS, "reads", () -> ReadLatency.measure(setup));
            measure(Section.HISTORY, "history", () -> HistoryLatency.measure(setup));
            measure(Section.REBUILD, "rebuild", () -> List.of(RebuildRate.measure(setup)));
        }
    }

    private void notMeasured(Setup setup, String why) {
        if (measures(Section.READS)) {
            ReadLatency.notAvailable(why).forEach(row -> add(Section.READS, row));
        }
        if (measures(Section.HISTORY)) {
            HistoryLatency.notAvailable(setup.scale(), why).forEach(row -> add(Section.HISTORY, row));
        }
        if (measures(Section.REBUILD)) {
            add(Section.REBUILD, RebuildRate.notAvailable(why));
        }
    }

    private boolean measures(Section section) {
        return options.measures(section.name().toLowerCase(Locale.ROOT));
    }

    private void measure(Section section, String name, Measurement measurement) {
        measure(section, name, false, measurement);
    }

    private void measure(Section section, String name, boolean needed, Measurement measurement) {
        if (!needed && !measures(section)) {
            return;
        }
        Progress.say(name);
        try {
            measurement.run().forEach(row -> add(section, row));
        } catch (Exception e) {
            fail(section, name, e);
        }
    }

    private void add(Section section, Row row) {
        sections.computeIfAbsent(section, key -> new ArrayList<>()).add(row);
    }

    private void fail(Section section, String name, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        failed = true;
        String why = e.getCause() == null ? String.valueOf(e) : e + " (" + e.getCause() + ")";
        Progress.say(name + " failed: " + why);
        e.printStackTrace();
        add(section, Row.failed(name, why));
    }

    private static String adminToken() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
