package org.imageledger.query.history;

import org.imageledger.testing.LedgerClient;

/** How the audit tests call the API: as the admin of {@link AuditApiTest}, reading JSON (errors included). */
final class AuditApi {

    static final String ADMIN_TOKEN = "admin-token";

    private AuditApi() {}

    static LedgerClient client(int port) {
        return new LedgerClient(port, ADMIN_TOKEN).withHeader("Accept", "application/json");
    }
}
