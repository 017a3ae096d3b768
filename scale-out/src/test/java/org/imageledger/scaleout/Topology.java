package org.imageledger.scaleout;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.imageledger.testing.JavaProcess;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.LoopbackPort;
import org.imageledger.testing.Reply;

/**
 * The compose file's topology without Docker: one PostgreSQL (a database of its own beside the one the tests are told
 * of by URL, else the standalone jar's embedded server in a process of its own), two command nodes and two query
 * nodes, each a JVM running its module's runnable jar on a loopback port. Closing it stops every process it started,
 * by PID, and drops the database it made.
 */
final class Topology implements AutoCloseable {

    private static final Duration DATABASE_START = Duration.ofSeconds(60);
    /** Four Spring Boot JVMs starting at once on two busy cores. */
    private static final Duration NODES_START = Duration.ofSeconds(150);

    private static final int LOG_LINES = 60;

    private final Path logDir;
    private final String adminToken = randomToken();
    private final List<JavaProcess> processes = new ArrayList<>();
    private final List<Node> commandNodes = new ArrayList<>();
    private final List<Node> queryNodes = new ArrayList<>();
    private final Thread stopOnExit = new Thread(this::stopQuietly, "scale-out-stop");
    private Path dataDir;
    /** The server the tests were given by URL, on which {@link #database} was made; null for the embedded one. */
    private Database givenServer;

    private Database database;

    /** A running node: its process and its HTTP API called with the admin token. */
    record Node(JavaProcess process, LedgerClient http) {}

    private Topology(Path logDir) {
        this.logDir = logDir;
    }

    static Topology start(Path logDir) throws IOException {
        if (Files.isDirectory(logDir)) {
            deleteQuietly(logDir); // no log of an earlier run's process left to mislead
        }
        Files.createDirectories(logDir);
        Topology topology = new Topology(logDir);
        // a test JVM stopped by a signal never reaches close(); the nodes must not outlive it
        Runtime.getRuntime().addShutdownHook(topology.stopOnExit);
        try {
            topology.startDatabase();
            topology.startNodes();
            return topology;
        } catch (IOException | RuntimeException | Error e) {
            topology.close();
            throw e;
        }
    }

    Database database() {
        return database;
    }

    List<Node> commandNodes() {
        return commandNodes;
    }

    List<Node> queryNodes() {
        return queryNodes;
    }

    /** The last lines of every process's output, for a failure message. */
    String logs() {
        return processes.stream().map(process -> process.logTail(LOG_LINES)).collect(Collectors.joining());
    }

    private void startDatabase() throws IOException {
        givenServer = Database.fromEnvironment();
        if (givenServer != null) {
            database = givenServer.createBeside();
            return;
        }
        dataDir = Files.createTempDirectory("image-ledger-scale-out-");
        int port = LoopbackPort.free();
        JavaProcess postgres = JavaProcess.start(
                "postgres",
                jar("standalone"),
                JavaProcess.SMALL_JVM,
                List.of("database", "--port=" + port, "--image-ledger.data-dir=" + dataDir),
                Map.of(),
                logDir.resolve("postgres.log"));
        processes.add(postgres);
        // the role and password the database command makes on first start, as an operator would read them
        Path password = dataDir.resolve("database-password");
        awaitOrFail("PostgreSQL answering", DATABASE_START, () -> {
            requireAlive(postgres);
            if (!Files.exists(password)) {
                return false;
            }
            database = new Database(
                    "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "ledger",
                    Files.readString(password).strip());
            return database.answers();
        });
    }

    private void startNodes() throws IOException {
        for (int i = 1; i <= 2; i++) {
            commandNodes.add(startNode("command-" + i, jar("command")));
        }
        for (int i = 1; i <= 2; i++) {
            queryNodes.add(startNode("query-" + i, jar("query")));
        }
        List<Node> all =
                Stream.concat(commandNodes.stream(), queryNodes.stream()).toList();
        awaitOrFail("every node healthy", NODES_START, () -> {
            for (Node node : all) {
                requireAlive(node.process());
                if (!healthy(node.http())) {
                    return false;
                }
            }
            return true;
        });
    }

    private Node startNode(String name, Path jar) throws IOException {
        int port = LoopbackPort.free();
        List<String> args = new ArrayList<>(List.of("--server.address=127.0.0.1", "--server.port=" + port));
        args.addAll(database.nodeArguments());
        JavaProcess process = JavaProcess.start(
                name,
                jar,
                JavaProcess.SMALL_JVM,
                args,
                Map.of("IMAGE_LEDGER_ADMIN_TOKEN", adminToken),
                logDir.resolve(name + ".log"));
        processes.add(process);
        return new Node(process, new LedgerClient(name, port, adminToken));
    }

    private static boolean healthy(LedgerClient http) {
        try {
            Reply reply = http.get("/actuator/health");
            return reply.status() == 200 && reply.body().contains("\"UP\"");
        } catch (UncheckedIOException notListeningYet) {
            return false;
        }
    }

    private static void requireAlive(JavaProcess process) {
        if (!process.isAlive()) {
            throw new IllegalStateException(process.name() + " exited before it was ready");
        }
    }

    /** Awaits the condition; on a timeout or a dead process, fails with every process's log. */
    private void awaitOrFail(String what, Duration timeout, Callable<Boolean> condition) {
        try {
            await(what).atMost(timeout).pollInterval(Duration.ofMillis(200)).until(condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not " + what + " within " + timeout + "\n" + logs(), e);
        } catch (IllegalStateException e) {
            throw new AssertionError("not " + what + ": " + e.getMessage() + "\n" + logs(), e);
        }
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    /** Nodes first, then the database they use; each by its PID, whatever happens to the others. */
    private synchronized void stopQuietly() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            try {
                processes.get(i).stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                System.err.println("cannot stop " + processes.get(i).name() + ": " + e);
            }
        }
        processes.clear();
        if (givenServer != null && database != null) {
            try {
                givenServer.drop(database);
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
            }
            database = null;
        }
        if (dataDir != null) {
            deleteQuietly(dataDir);
            dataDir = null;
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("cannot remove " + directory + ": " + e);
        }
    }

    private static Path jar(String side) {
        return Path.of(System.getProperty("image-ledger." + side + "-jar", "missing-" + side + ".jar"));
    }

    private static String randomToken() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
