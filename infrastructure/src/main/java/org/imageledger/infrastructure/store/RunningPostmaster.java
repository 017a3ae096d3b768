package org.imageledger.infrastructure.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server already running on a data directory, found through the {@code postmaster.pid} file it keeps
 * there: its first line is the server's process id, its fourth the port. A file left behind by a server that died is
 * recognised by its process being gone or its port refusing connections.
 */
final class RunningPostmaster {

    private static final int PID_LINE = 0;
    private static final int PORT_LINE = 3;
    private static final int CONNECT_TIMEOUT_MILLIS = 1000;

    private RunningPostmaster() {}

    /** The port of the live server that owns the directory, if there is one. */
    static Optional<Integer> port(Path dataDirectory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() <= PORT_LINE) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(PID_LINE).trim());
            int port = Integer.parseInt(lines.get(PORT_LINE).trim());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive && accepts(port) ? Optional.of(port) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
