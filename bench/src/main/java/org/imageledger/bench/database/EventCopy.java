package org.imageledger.bench.database;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import org.imageledger.bench.database.StoredEvents.StoredEvent;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes events straight into the service's event table with one COPY in one transaction, far faster than the API
 * could take them. One transaction, so that the projection sees all of them at once and its catch-up can be timed
 * from the commit. Its rows draw their positions through the table's default, as every append does, so the COPY holds
 * the append lock until it commits (see the event store's V2 migration).
 */
public final class EventCopy implements AutoCloseable {

    private static final String COPY = "COPY domainevententry (eventidentifier, aggregateidentifier, sequencenumber,"
            + " type, timestamp, payloadtype, payloadrevision, payload, metadata) FROM STDIN";
    private static final HexFormat HEX = HexFormat.of();

    private final Connection connection;
    private final Writer rows;
    private long count;

    public EventCopy(BenchDatabase database) throws SQLException {
        connection = database.connect();
        connection.setAutoCommit(false);
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, 1 << 20);
        rows = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 20);
    }

    public void append(StoredEvent event) throws IOException {
        // COPY's text format: tab-separated, and bytea as \x-hex with its backslash escaped
        rows.write(event.eventId() + '\t' + event.imageId() + '\t' + event.version() + '\t'
                + StoredEvents.AGGREGATE_TYPE + '\t' + event.timestamp() + '\t' + event.payloadType() + '\t'
                + event.revision() + "\t\\\\x" + HEX.formatHex(event.payload()) + "\t\\\\x"
                + HEX.formatHex(event.metadata()) + '\n');
        count++;
    }

    /** Ends the COPY and commits it; returns the number of events written. */
    public long commit() throws IOException, SQLException {
        rows.close();
        connection.commit();
        return count;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
