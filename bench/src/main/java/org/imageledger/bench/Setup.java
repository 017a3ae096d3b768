package org.imageledger.bench;

import org.imageledger.bench.database.BenchDatabase;
import org.imageledger.bench.database.StoredEvents;
import org.imageledger.bench.load.ClosedLoop;
import org.imageledger.bench.service.LedgerApi;
import org.imageledger.bench.service.ServiceProcess;

/** What every measurement works with: the run's scale, its database, and the running service. */
record Setup(Scale scale, BenchDatabase database, ServiceProcess service, String token, StoredEvents events) {

    /** The admin token's actor, as the service records it in event metadata; baselines record the same. */
    static final String ACTOR = "admin:admin";

    /** A new client of the service, with a connection of its own. */
    LedgerApi api() {
        return new LedgerApi(service.base(), token);
    }

    ClosedLoop loop(int clients) {
        return new ClosedLoop(clients, scale.warmup(), scale.window());
    }
}
