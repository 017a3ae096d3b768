package org.imageledger.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A postmaster.pid file alone proves nothing: only a live postgres working in the directory counts. */
class RunningPostmasterTest {

    @TempDir
    Path directory;

    @Test
    void ignoresAFileWhoseProcessIsNoPostgres() throws IOException {
        pidFile(ProcessHandle.current().pid(), directory);
        assertThat(RunningPostmaster.on(directory)).isEmpty();
    }

    @Test
    void ignoresAFileWhoseProcessIsGone() throws IOException, InterruptedException {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        pidFile(gone.pid(), directory);
        assertThat(RunningPostmaster.on(directory)).isEmpty();
    }

    @Test
    void ignoresAFileNamingAnotherDirectory(@TempDir Path other) throws IOException {
        pidFile(ProcessHandle.current().pid(), other);
        assertThat(RunningPostmaster.on(directory)).isEmpty();
    }

    @Test
    void ignoresAMissingOrTruncatedFile() throws IOException {
        assertThat(RunningPostmaster.on(directory)).isEmpty();
        Files.writeString(
                directory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
        assertThat(RunningPostmaster.on(directory)).isEmpty();
    }

    /** The layout PostgreSQL writes: pid, data directory, start time, port, socket directory, address, key, status. */
    private void pidFile(long pid, Path dataDirectory) throws IOException {
        Files.writeString(
                directory.resolve("postmaster.pid"),
                String.join(
                                "\n",
                                Long.toString(pid),
                                dataDirectory.toString(),
                                "1700000000",
                                "5432",
                                "",
                                "127.0.0.1",
                                "  5432001    32768",
                                "ready   ")
                        + "\n");
    }
}
