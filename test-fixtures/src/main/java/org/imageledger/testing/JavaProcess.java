package org.imageledger.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One runnable jar in a JVM of its own, as a user starts it, its output appended to a log file (so that the runs of
 * one service over restarts read as one story).
 */
public final class JavaProcess {

    /** Small heaps, for tests that run several JVMs beside themselves; C1 only: they live for a minute or two. */
    public static final List<String> SMALL_JVM = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final Duration GRACE = Duration.ofSeconds(20);

    private final String name;
    private final Process process;
    private final Path log;

    private JavaProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static JavaProcess start(
            String name,
            Path jar,
            List<String> jvmOptions,
            List<String> args,
            Map<String, String> environment,
            Path log) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": package the modules first (mvn -am verify)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            return new JavaProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The owner a JDBC token store in this process writes into the token table (the JVM's name). */
    public String tokenOwner() {
        return pid() + "@";
    }

    /** Kills the process without letting it stop cleanly, as a crash or a lost machine would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Its children, such as the PostgreSQL server the standalone jar runs. */
    public List<ProcessHandle> children() {
        return process.children().toList();
    }

    /** Sends SIGTERM and answers how long the process took to end, or null if it did not within the limit. */
    public Duration terminate(Duration limit) throws InterruptedException {
        long started = System.nanoTime();
        process.destroy();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            return null;
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Asks the process to stop (SIGTERM), and kills it if it has not within the grace period. */
    public void stop() throws InterruptedException {
        stop(GRACE);
    }

    /** Asks the process to stop (SIGTERM), and kills it if it has not within {@code grace}. */
    public void stop(Duration grace) throws InterruptedException {
        if (process.isAlive() && terminate(grace) == null) {
            kill();
        }
    }

    /** The end of the process's output, with a heading that names it. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            String state = process.isAlive() ? "running" : "exited with " + process.exitValue();
            return "--- " + name + " (PID " + pid() + ", " + state + "), last lines of " + log + "\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
        } catch (IOException e) {
            return "--- " + name + ": cannot read " + log + ": " + e + "\n";
        }
    }
}
