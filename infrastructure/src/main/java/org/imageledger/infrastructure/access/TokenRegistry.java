package org.imageledger.infrastructure.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The known tokens, kept only as SHA-256 digests, so that neither a dump of this object nor of the configuration
 * properties it was built from shows a usable token. Every lookup compares against every digest in constant time.
 */
public final class TokenRegistry implements Authenticator {

    static final String HASHED_PREFIX = "sha256:";

    private record Entry(byte[] digest, Caller caller) {}

    private final List<Entry> entries;

    private TokenRegistry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * @param grants token (or {@code sha256:<hex digest>}) → {@code <project>:<role>[+<role>…]}
     * @throws IllegalArgumentException for a grant that names no project or an unknown role
     */
    public static TokenRegistry of(Map<String, String> grants) {
        List<Entry> entries = new ArrayList<>();
        grants.forEach((token, grant) -> entries.add(new Entry(digestOf(token), parse(grant))));
        return new TokenRegistry(entries);
    }

    @Override
    public Optional<Caller> callerFor(String token) {
        byte[] presented = sha256(token);
        Caller found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), presented)) {
                found = entry.caller();
            }
        }
        return Optional.ofNullable(found);
    }

    public int size() {
        return entries.size();
    }

    private static byte[] digestOf(String configured) {
        if (configured.startsWith(HASHED_PREFIX)) {
            return HexFormat.of().parseHex(configured.substring(HASHED_PREFIX.length()));
        }
        return sha256(configured);
    }

    static Caller parse(String grant) {
        int colon = grant.indexOf(':');
        if (colon <= 0 || colon == grant.length() - 1) {
            throw new IllegalArgumentException("a token grant must read <project>:<role>[+<role>…]");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : grant.substring(colon + 1).split("\\+")) {
            try {
                roles.add(Role.parse(role));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown role '" + role + "' in a token grant", e);
            }
        }
        return new Caller(grant.substring(0, colon).trim(), roles);
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
