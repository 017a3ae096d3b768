package org.imageledger.query.tables;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.imageledger.events.ImageState;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Whole images written into empty tables with COPY, each image once: the fastest way PostgreSQL takes rows, for
 * tables no one else reads or writes yet. Rows are sent every {@link #IMAGES} images, on a connection of its own
 * that commits each batch, so that it can write while another connection reads the events.
 */
public final class ImageCopy implements AutoCloseable {

    static final int IMAGES = 5_000;

    private final TableNames tables;
    private final Connection connection;
    private final CopyManager copy;
    private final StringBuilder metadata = new StringBuilder(IMAGES * 256);
    private final StringBuilder properties = new StringBuilder();
    private final StringBuilder tags = new StringBuilder();
    private final StringBuilder recency = new StringBuilder(IMAGES * 64);
    private final StringBuilder members = new StringBuilder();
    private int images;

    ImageCopy(DataSource dataSource, TableNames tables) {
        this.tables = tables;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            copy = connection.unwrap(PGConnection.class).getCopyAPI();
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("Cannot open a connection to copy rows into " + tables, e);
        }
    }

    public void add(ImageRow image) {
        ImageColumn[] columns = ImageColumn.values();
        String[] values = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            values[i] = text(columns[i].valueOf(image));
        }
        row(metadata, values);
        ImageState s = image.state();
        s.members()
                .forEach((project, member) -> row(
                        members,
                        s.id(),
                        project,
                        member.status(),
                        text(DatabaseTime.of(member.createdAt())),
                        text(DatabaseTime.of(member.updatedAt()))));
        s.properties().forEach((key, value) -> row(properties, s.id(), key, value));
        s.tags().forEach(tag -> row(tags, s.id(), tag));
        row(recency, s.id(), text(ImageColumn.UPDATED_AT.valueOf(image)));
        if (++images == IMAGES) {
            flush();
        }
    }

    /** Sends what is buffered. */
    public void flush() {
        try {
            send(tables.metadata() + " (" + ImageColumn.NAMES + ")", metadata);
            send(tables.property() + " (image_id, key, value)", properties);
            send(tables.tag() + " (image_id, tag)", tags);
            send(tables.recency() + " (id, updated_at)", recency);
            send(tables.member() + " (" + ImageMetadataTables.MEMBER_COLUMNS + ")", members);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot copy rows into " + tables, e);
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

    /** A column's value as text that PostgreSQL reads back as the same value; null stays null. */
    static String text(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? "t" : "f";
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString(); // always with seconds, unlike OffsetDateTime's own text
        }
        return value == null ? null : value.toString();
    }

    /** One line of COPY's text format: tab-separated, null as \N. */
    private static void row(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            escaped(out, values[i]);
        }
        out.append('\n');
    }

    /** A value with the characters COPY's text format gives a meaning escaped. */
    private static void escaped(StringBuilder out, String value) {
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
}
