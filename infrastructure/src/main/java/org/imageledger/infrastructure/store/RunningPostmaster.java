package org.imageledger.infrastructure.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server running on a data directory, found through the {@code postmaster.pid} file it keeps there: its
 * first line is the server's process id, its second the data directory, its fourth the port. The file alone proves
 * nothing (the server may have died and its process id gone to another program), so the process must also be a
 * {@code postgres} whose working directory is this data directory, as a postmaster's always is.
 */
record RunningPostmaster(long pid, int port) {

    private static final int PID_LINE = 0;
    private static final int DIRECTORY_LINE = 1;
    private static final int PORT_LINE = 3;

    /** The live server that owns the directory, if there is one. */
    static Optional<RunningPostmaster> on(Path dataDirectory) {
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
            boolean ours = sameFile(Path.of(lines.get(DIRECTORY_LINE).trim()), dataDirectory)
                    && isPostgresWorkingIn(pid, dataDirectory);
            return ours ? Optional.of(new RunningPostmaster(pid, port)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the process runs the {@code postgres} program with the directory as its working directory. */
    static boolean isPostgresWorkingIn(long pid, Path dataDirectory) {
        Path process = Path.of("/proc", Long.toString(pid));
        try {
            byte[] cmdline = Files.readAllBytes(process.resolve("cmdline"));
            int end = 0;
            while (end < cmdline.length && cmdline[end] != 0) {
                end++;
            }
            Path program =
                    Path.of(new String(cmdline, 0, end, StandardCharsets.UTF_8)).getFileName();
            return program != null
                    && program.toString().equals("postgres")
                    && sameFile(process.resolve("cwd"), dataDirectory);
        } catch (IOException | RuntimeException goneOrNotOurs) {
            return false;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
