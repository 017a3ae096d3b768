package org.imageledger.infrastructure.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The role the service connects to its embedded PostgreSQL as, and that role's password: a random secret made on
 * first start into {@code DATA_DIR/database-password}, readable by its owner only. Whoever can read the data
 * directory can read the database anyway; nobody else can connect.
 */
public record DatabaseCredentials(String username, String password) {

    /** Owns the ledger's tables; no superuser. */
    public static final String ROLE = "ledger";

    static final String FILE = "database-password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** The credentials kept in the data directory, made there first if there are none yet. */
    static DatabaseCredentials inDataDirectory(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            try (SeekableByteChannel channel = Files.newByteChannel(
                    file,
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
                channel.write(
                        ByteBuffer.wrap((HexFormat.of().formatHex(secret) + "\n").getBytes(StandardCharsets.US_ASCII)));
            }
        } catch (FileAlreadyExistsException kept) {
            setOwnerOnly(file); // made by an earlier start, kept private should someone have opened it up
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return of(dataDir);
    }

    /**
     * The credentials of the embedded PostgreSQL on this data directory, for a client of a database that a service or
     * the {@code database} command runs there.
     */
    public static DatabaseCredentials of(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            return new DatabaseCredentials(
                    ROLE, Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the database password in " + file, e);
        }
    }

    private static void setOwnerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + file + " private", e);
        }
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[username=" + username + "]";
    }
}
