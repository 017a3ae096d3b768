package org.imageledger.standalone;

import java.util.Locale;
import org.imageledger.testing.LedgerClient;

/**
 * Who sends a request of the access matrix: a token of each role from the test configuration, no token, and a token
 * nobody issued. "Own" images are those of the requester's project; for the last two, which have none, demo's.
 */
enum Requester {
    READER("demo-reader", "demo"),
    MEMBER("demo-member", "demo"),
    AUDITOR("auditor-secret", "audit"),
    ADMIN(LedgerClient.ADMIN_TOKEN, "admin"),
    NONE(null, "demo"),
    UNKNOWN("no-such-token", "demo");

    /** The project whose images are "other" for every requester. */
    static final String OTHER_PROJECT = "other";

    final String token;
    final String project;

    Requester(String token, String project) {
        this.token = token;
        this.project = project;
    }

    static Requester named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
