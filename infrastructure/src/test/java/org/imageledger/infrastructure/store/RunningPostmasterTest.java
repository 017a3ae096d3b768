package org.imageledger.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunningPostmasterTest {

    @TempDir
    Path directory;

    @Test
    void findsTheServerWhoseProcessLivesAndWhosePortAccepts() throws IOException {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            pidFile(ProcessHandle.current().pid(), listening.getLocalPort());
            assertThat(RunningPostmaster.port(directory)).hasValue(listening.getLocalPort());
        }
    }

    @Test
    void ignoresAFileLeftByAServerWhosePortNoLongerAccepts() throws IOException {
        int closedPort;
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = listening.getLocalPort();
        }
        pidFile(ProcessHandle.current().pid(), closedPort);
        assertThat(RunningPostmaster.port(directory)).isEmpty();
    }

    @Test
    void ignoresAFileWhoseProcessIsGone() throws IOException, InterruptedException {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            pidFile(gone.pid(), listening.getLocalPort());
            assertThat(RunningPostmaster.port(directory)).isEmpty();
        }
    }

    @Test
    void ignoresAMissingOrTruncatedFile() throws IOException {
        assertThat(RunningPostmaster.port(directory)).isEmpty();
        Files.writeString(directory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
        assertThat(RunningPostmaster.port(directory)).isEmpty();
    }

    /** The layout PostgreSQL writes: pid, data directory, start time, port, socket directory, address, key, status. */
    private void pidFile(long pid, int port) throws IOException {
        Files.writeString(directory.resolve("postmaster.pid"), String.join("\n", Long.toString(pid),
                directory.toString(), "1700000000", Integer.toString(port), "/tmp", "127.0.0.1",
                "  5432001    32768", "ready   ") + "\n");
    }
}
