package org.imageledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run's scratch directory. Every process the bench starts is recorded in {@code pids/<name>.<signal>}, so that
 * bench/run can stop it by PID with the signal that stops it fastest, even if this JVM is killed.
 */
record Workspace(Path root) {

    Path postgresData() {
        return root.resolve("postgres");
    }

    Path serviceData() {
        return root.resolve("service");
    }

    void recordProcess(String name, String signal, long pid) {
        try {
            Path pids = Files.createDirectories(root.resolve("pids"));
            Files.writeString(pids.resolve(name + "." + signal), pid + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
