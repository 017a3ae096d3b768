package org.imageledger.infrastructure.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The project and roles a request's token stands for. Never carries the token itself. */
public record Caller(String project, Set<Role> roles) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean readsEverything() {
        return isAdmin() || roles.contains(Role.AUDITOR);
    }

    public boolean mayRead() {
        return !roles.isEmpty();
    }

    public boolean mayWrite() {
        return isAdmin() || roles.contains(Role.MEMBER);
    }

    /** How event metadata records who acted: the project and the sorted role set, e.g. {@code demo:member+reader}. */
    public String actor() {
        return project + ":" + roles.stream().map(Role::label).sorted().collect(Collectors.joining("+"));
    }
}
