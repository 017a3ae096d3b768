package org.imageledger.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.imageledger.bench.database.BenchDatabase;
import org.imageledger.bench.load.Latencies;
import org.imageledger.bench.load.LoadResult;
import org.imageledger.bench.report.Report;
import org.imageledger.bench.report.Row;
import org.imageledger.bench.report.Unit;
import org.imageledger.bench.service.ServiceProcess;

/**
 * Scale-out figures: the same loads against two command nodes and two query nodes, then, with the second of each
 * stopped, against one of each; every node a process of its own on one embedded PostgreSQL. All four nodes take a
 * warm-up load first, so that neither topology runs on JVMs that have not compiled the hot paths yet. Each row shows
 * the two-node figure beside the one-node figure (in the baseline column) and their ratio.
 */
final class ScaleOutRun {

    private static final int CLIENTS = 8;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration SHARE_TIMEOUT = Duration.ofMinutes(1);
    private static final String NOTE = "baseline: one command node and one query node; ours: two of each, the clients"
            + " spread evenly over the command nodes; all on one machine";

    private final BenchOptions options;
    private final Path logPrefix;
    private final List<Row> rows = new ArrayList<>();
    private final List<ServiceProcess> nodes = new ArrayList<>();
    private final List<ServiceProcess> queryNodes = new ArrayList<>();
    private final List<URI> commandNodes = new ArrayList<>();
    private final String token = adminToken();
    private Workspace workspace;
    private boolean failed;

    /** The figures of one topology. */
    private record Figures(LoadResult own, LoadResult shared, Latencies lag) {}

    ScaleOutRun(BenchOptions options, Path logPrefix) {
        this.options = options;
        this.logPrefix = logPrefix;
    }

    boolean failed() {
        return failed;
    }

    Report run() {
        Instant started = Instant.now();
        try {
            startAndMeasure();
        } catch (Exception e) {
            failed = true;
            Progress.say("scale-out run failed: " + e);
            e.printStackTrace();
            rows.add(Row.failed("scale-out run", String.valueOf(e)));
        }
        return new Report(
                "scale-out " + options.scale().mode(),
                options.commit(),
                started,
                Instant.now(),
                options.scale().settings(CLIENTS),
                rows);
    }

    private void startAndMeasure() throws Exception {
        workspace = new Workspace(options.workDir());
        Progress.say("starting PostgreSQL");
        try (BenchDatabase database = BenchDatabase.start(workspace.postgresData())) {
            workspace.recordProcess("postgres", "INT", database.postmasterPid());
            try {
                startNodes(database);
                awaitSegmentsOwnedBy(database, queryNodes);
                Progress.say("warming up every node");
                new NodeLoads(options.scale(), database, commandNodes, token).patchOwnImages(CLIENTS);
                Figures two = measure(database);
                stopSecondNodes();
                awaitSegmentsOwnedBy(database, queryNodes);
                Figures one = measure(database);
                report(one, two);
            } finally {
                stopNodes();
            }
        }
    }

    private Figures measure(BenchDatabase database) throws Exception {
        NodeLoads loads = new NodeLoads(options.scale(), database, commandNodes, token);
        String label = commandNodes.size() + " command node(s), " + queryNodes.size() + " query node(s)";
        Progress.say("PATCH, own images, " + label);
        LoadResult own = loads.patchOwnImages(CLIENTS);
        Progress.say("PATCH, one shared image, " + label);
        LoadResult shared = loads.patchSharedImage(CLIENTS);
        Progress.say("projection lag, " + label);
        return new Figures(own, shared, loads.projectionLag(CLIENTS));
    }

    private void report(Figures one, Figures two) {
        String clients = ", " + CLIENTS + " clients";
        rows.add(row(
                "PATCH/s" + clients + ", own images",
                Unit.PER_SECOND,
                two.own().perSecond(),
                one.own().perSecond()));
        rows.add(row(
                "PATCH p99" + clients + ", own images",
                Unit.MILLISECONDS,
                two.own().latencies().percentileMillis(99),
                one.own().latencies().percentileMillis(99)));
        rows.add(row(
                "PATCH/s" + clients + ", one shared image",
                Unit.PER_SECOND,
                two.shared().perSecond(),
                one.shared().perSecond()));
        rows.add(row(
                "projection lag p50, " + CLIENTS + " writers",
                Unit.MILLISECONDS,
                two.lag().percentileMillis(50),
                one.lag().percentileMillis(50)));
        rows.add(row(
                "projection lag p99, " + CLIENTS + " writers",
                Unit.MILLISECONDS,
                two.lag().percentileMillis(99),
                one.lag().percentileMillis(99)));
    }

    private static Row row(String metric, Unit unit, double two, double one) {
        return Row.of(metric, unit, two, one, null).withNote(NOTE);
    }

    /** Starts two command nodes and two query nodes, and waits until every one is healthy. */
    private void startNodes(BenchDatabase database) throws Exception {
        for (int i = 1; i <= 2; i++) {
            commandNodes.add(
                    start("command-" + i, options.commandJar(), database).base());
            queryNodes.add(start("query-" + i, options.queryJar(), database));
        }
        for (ServiceProcess node : nodes) {
            node.awaitHealthy(START_TIMEOUT);
        }
    }

    /** Stops the second command node and the second query node, which releases its segments as it goes. */
    private void stopSecondNodes() throws InterruptedException {
        Progress.say("stopping command-2 and query-2");
        for (int i = nodes.size() - 1; i >= 2; i--) {
            nodes.remove(i).close();
        }
        commandNodes.remove(1);
        queryNodes.remove(1);
    }

    private ServiceProcess start(String name, Path jar, BenchDatabase database) throws IOException {
        Path log = Path.of(logPrefix + "-" + name + ".log");
        Progress.say("starting " + name + "; its log is " + log);
        ServiceProcess node =
                ServiceProcess.start(jar, freePort(), database.jdbcUrl(), token, workspace.serviceData(), log);
        nodes.add(node);
        workspace.recordProcess(name, "TERM", node.pid());
        return node;
    }

    /** Waits until the segments of the projection are owned by exactly these query nodes. */
    private void awaitSegmentsOwnedBy(BenchDatabase database, List<ServiceProcess> owners) throws Exception {
        Set<Long> expected =
                new HashSet<>(owners.stream().map(ServiceProcess::pid).toList());
        long deadline = System.nanoTime() + SHARE_TIMEOUT.toNanos();
        while (!segmentOwners(database).equals(expected)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the segments were not owned by " + expected + " within "
                        + SHARE_TIMEOUT + " but by " + segmentOwners(database));
            }
            Thread.sleep(200);
        }
    }

    private static Set<Long> segmentOwners(BenchDatabase database) throws Exception {
        Set<Long> pids = new HashSet<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet owners = statement.executeQuery(
                        "SELECT coalesce(owner, '') FROM tokenentry WHERE processorname = 'image-metadata'")) {
            while (owners.next()) {
                String owner = owners.getString(1);
                pids.add(owner.contains("@") ? Long.parseLong(owner.substring(0, owner.indexOf('@'))) : 0L);
            }
        }
        return pids;
    }

    private void stopNodes() throws InterruptedException {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
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
