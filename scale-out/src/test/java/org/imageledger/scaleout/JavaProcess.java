package org.imageledger.scaleout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One runnable jar in a JVM of its own, as a user starts it, its output going to a log file. */
final class JavaProcess {

    /** Small heaps: five JVMs share the machine with the test. C1 only: they live for a minute or two. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final long GRACE_SECONDS = 20;

    private final String name;
    private final Process process;
    private final Path log;

    private JavaProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static JavaProcess start(String name, Path jar, List<String> args, Map<String, String> environment, Path logDir) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": package the modules first (mvn -pl scale-out -am verify)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            return new JavaProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The owner a JDBC token store in this process writes into the token table (the JVM's name). */
    String tokenOwner() {
        return pid() + "@";
    }

    /** Kills the process without letting it stop cleanly, as a crash or a lost machine would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Asks the process to stop (SIGTERM), and kills it if it has not within the grace period. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** The end of the process's output, with a heading that names it. */
    String logTail(int lines) {
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
