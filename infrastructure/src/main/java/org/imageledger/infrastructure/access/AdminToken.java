package org.imageledger.infrastructure.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone default's admin token: the operator's own when given, else one made on first start and kept in the
 * data directory, readable by its owner only. The log says where it is, never what it is.
 */
final class AdminToken {

    private static final Logger log = LoggerFactory.getLogger(AdminToken.class);
    static final String FILE_NAME = "admin-token";

    private AdminToken() {}

    static String readOrCreate(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                log.info("Admin token: see {}", file);
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(dataDir);
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            log.info("Created an admin token in {} (readable by its owner only)", file);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the admin token in " + file, e);
        }
    }
}
