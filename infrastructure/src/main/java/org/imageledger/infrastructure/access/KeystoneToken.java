package org.imageledger.infrastructure.access;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What Keystone says of a valid token: the project it is scoped to (none for a system- or domain-scoped token), its
 * role names, implied ones included, and when it expires.
 */
record KeystoneToken(String projectId, Set<String> roleNames, Instant expiresAt) {

    KeystoneToken {
        roleNames = Set.copyOf(roleNames);
    }

    /**
     * The caller as Glance's default policies see it: {@code admin}, {@code member} (or the older {@code _member_}) and
     * {@code reader} count, other roles do not. A token scoped to no project may do nothing with images.
     */
    Caller caller() {
        if (projectId == null) {
            return new Caller("", Set.of());
        }
        return new Caller(projectId, roles(roleNames));
    }

    static Set<Role> roles(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            switch (name) {
                case "admin" -> roles.add(Role.ADMIN);
                case "member", "_member_" -> roles.add(Role.MEMBER);
                case "reader" -> roles.add(Role.READER);
                default -> {}
            }
        }
        return roles;
    }
}
