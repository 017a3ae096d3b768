package org.imageledger.query.rebuild;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.imageledger.events.ImageData;
import org.imageledger.events.ImageState;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Whole images written into the fresh tables with COPY, each image once: the fastest way PostgreSQL takes rows, for
 * tables no one else reads or writes yet. Rows are sent every {@link #IMAGES} images, on a connection of its own
 * that commits each batch, so that it can write while another connection reads the events.
 */
final class FreshTableCopy implements AutoCloseable {

    static final int IMAGES = 5_000;

    private final Connection connection;
    private final CopyManager copy;
    private final StringBuilder metadata = new StringBuilder(IMAGES * 256);
    private final StringBuilder properties = new StringBuilder();
    private final StringBuilder tags = new StringBuilder();
    private final StringBuilder recency = new StringBuilder(IMAGES * 64);
    private final StringBuilder members = new StringBuilder();
    private int images;

    FreshTableCopy(DataSource dataSource) {
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            copy = connection.unwrap(PGConnection.class).getCopyAPI();
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("Cannot open a connection to fill the fresh tables", e);
        }
    }

    void add(FoldedImage image) {
        ImageState s = image.state();
        row(metadata, s.id(), s.name(), s.diskFormat(), s.containerFormat(), s.visibility(), flag(s.isProtected()),
                flag(s.osHidden()), Long.toString(s.minRam()), Long.toString(s.minDisk()), s.owner(), s.status(),
                time(s.createdAt()), time(s.updatedAt()), Long.toString(s.version()), Long.toString(image.position()));
        dataColumns(metadata, s.data());
        s.members().forEach((project, member) -> row(members, s.id(), project, member.status(),
                time(member.createdAt()), time(member.updatedAt())));
        s.properties().forEach((key, value) -> row(properties, s.id(), key, value));
        s.tags().forEach(tag -> row(tags, s.id(), tag));
        row(recency, s.id(), time(s.updatedAt()));
        if (++images == IMAGES) {
            flush();
        }
    }

    /** Sends what is buffered. */
    void flush() {
        try {
            send(TableSet.FRESH.metadata() + " (" + ImageRows.COLUMNS + ")", metadata);
            send(TableSet.FRESH.property() + " (image_id, key, value)", properties);
            send(TableSet.FRESH.tag() + " (image_id, tag)", tags);
            send(TableSet.FRESH.recency() + " (id, updated_at)", recency);
            send(TableSet.FRESH.member() + " (" + ImageRows.MEMBER_COLUMNS + ")", members);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot copy rows into the fresh tables", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        images = 0;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private void send(String table, StringBuilder rows) throws SQLException, IOException {
        if (!rows.isEmpty()) {
            copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(rows.toString()));
            rows.setLength(0);
        }
    }

    /** Ends the image's line with the columns of its data, all null while it has none. */
    private static void dataColumns(StringBuilder out, ImageData data) {
        out.setLength(out.length() - 1);
        out.append('\t');
        if (data == null) {
            row(out, null, null, null, null, null, null);
        } else {
            row(out, Long.toString(data.size()), data.virtualSize() == null ? null : data.virtualSize().toString(),
                    data.checksum(), data.osHashAlgo(), data.osHashValue(), data.location());
        }
    }

    /** One line of COPY's text format: tab-separated, null as \N. */
    private static void row(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            text(out, values[i]);
        }
        out.append('\n');
    }

    /** A value with the characters COPY's text format gives a meaning escaped. */
    private static void text(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static String flag(boolean value) {
        return value ? "t" : "f";
    }

    /** As the live projection stores times: at PostgreSQL's precision, microseconds. */
    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).toString();
    }
}
