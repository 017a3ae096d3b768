package org.imageledger.infrastructure.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Token grants read from a file ({@code image-ledger.auth.tokens-file}), one {@code
 * <token>=<project>:<role>[+<role>…]} per line, {@code #} starting a comment, so that tokens need not appear on a
 * command line. A file that anyone but its owner may read or write is refused, and the service does not start.
 */
final class TokensFile {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private TokensFile() {}

    static Map<String, String> read(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new IllegalStateException("the tokens file " + file + " may be read or written by others than its"
                        + " owner (" + PosixFilePermissions.toString(permissions)
                        + "): chmod 600 it");
            }
            Map<String, String> grants = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String grant = line.strip();
                if (grant.isEmpty() || grant.startsWith("#")) {
                    continue;
                }
                int equals = grant.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalStateException(
                            "a line of the tokens file " + file + " is not <token>=<project>:<role>[+<role>…]");
                }
                grants.put(
                        grant.substring(0, equals).strip(),
                        grant.substring(equals + 1).strip());
            }
            return grants;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokens file " + file, e);
        }
    }
}
