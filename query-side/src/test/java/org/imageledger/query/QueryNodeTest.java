package org.imageledger.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.query.progress.ProjectionProgress;
import org.imageledger.testing.LedgerClient;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What most query node tests use: the HTTP API and a way to append events. */
@QueryNodeIT
public abstract class QueryNodeTest {

    @LocalServerPort
    protected int port;

    @Autowired
    private EventStore eventStore;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected ProjectionProgress progress;

    protected LedgerClient api;
    protected LedgerEvents ledger;

    @BeforeEach
    void connect() {
        api = new LedgerClient(port);
        ledger = new LedgerEvents(eventStore, jdbc, progress);
    }
}
