package org.imageledger.query.tables;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imageledger.events.ImageData;
import org.imageledger.events.ImageMember;
import org.imageledger.events.ImageState;

/**
 * The columns of image_metadata, each with the value an image's row holds in it, and {@link #row} the way back. Every
 * statement, COPY and digest over the tables is built from this list: a new column is added here, and nowhere else.
 */
enum ImageColumn {
    ID("id", String.class, row -> row.state().id()),
    NAME("name", String.class, row -> row.state().name()),
    DISK_FORMAT("disk_format", String.class, row -> row.state().diskFormat()),
    CONTAINER_FORMAT("container_format", String.class, row -> row.state().containerFormat()),
    VISIBILITY("visibility", String.class, row -> row.state().visibility()),
    PROTECTED("protected", Boolean.class, row -> row.state().isProtected()),
    OS_HIDDEN("os_hidden", Boolean.class, row -> row.state().osHidden()),
    MIN_RAM("min_ram", Long.class, row -> row.state().minRam()),
    MIN_DISK("min_disk", Long.class, row -> row.state().minDisk()),
    OWNER("owner", String.class, row -> row.state().owner()),
    STATUS("status", String.class, row -> row.state().status()),
    CREATED_AT(
            "created_at",
            OffsetDateTime.class,
            row -> DatabaseTime.of(row.state().createdAt())),
    UPDATED_AT(
            "updated_at",
            OffsetDateTime.class,
            row -> DatabaseTime.of(row.state().updatedAt())),
    VERSION("version", Long.class, row -> row.state().version()),
    POSITION("position", Long.class, ImageRow::position),
    SIZE("size", Long.class, row -> data(row, ImageData::size)),
    VIRTUAL_SIZE("virtual_size", Long.class, row -> data(row, ImageData::virtualSize)),
    CHECKSUM("checksum", String.class, row -> data(row, ImageData::checksum)),
    OS_HASH_ALGO("os_hash_algo", String.class, row -> data(row, ImageData::osHashAlgo)),
    OS_HASH_VALUE("os_hash_value", String.class, row -> data(row, ImageData::osHashValue)),
    LOCATION("location", String.class, row -> data(row, ImageData::location));

    /** The columns every event sets, whatever else it changes. */
    static final Set<ImageColumn> STAMP = EnumSet.of(UPDATED_AT, VERSION, POSITION);
    /** The column names in table order, as an INSERT or COPY lists them. */
    static final String NAMES =
            Arrays.stream(values()).map(column -> column.sql).collect(Collectors.joining(", "));

    final String sql;
    private final Class<?> type;
    private final Function<ImageRow, Object> value;

    ImageColumn(String sql, Class<?> type, Function<ImageRow, Object> value) {
        this.sql = sql;
        this.type = type;
        this.value = value;
    }

    /** The row's value in this column, as JDBC binds it. */
    Object valueOf(ImageRow row) {
        return value.apply(row);
    }

    /** Every column's value of the current row of a result that selects them all. */
    static Map<ImageColumn, Object> read(ResultSet rs) throws SQLException {
        Map<ImageColumn, Object> values = new EnumMap<>(ImageColumn.class);
        for (ImageColumn column : values()) {
            values.put(column, rs.getObject(column.sql, column.type));
        }
        return values;
    }

    /** The row that the columns' values and the image's side-table rows describe. */
    static ImageRow row(
            Map<ImageColumn, Object> v,
            Map<String, String> properties,
            Set<String> tags,
            Map<String, ImageMember> members) {
        String location = (String) v.get(LOCATION);
        ImageData data = location == null
                ? null
                : new ImageData(
                        (Long) v.get(SIZE),
                        (Long) v.get(VIRTUAL_SIZE),
                        (String) v.get(CHECKSUM),
                        (String) v.get(OS_HASH_ALGO),
                        (String) v.get(OS_HASH_VALUE),
                        location);
        ImageState state = new ImageState(
                (String) v.get(ID),
                (String) v.get(NAME),
                (String) v.get(DISK_FORMAT),
                (String) v.get(CONTAINER_FORMAT),
                (String) v.get(VISIBILITY),
                (Boolean) v.get(PROTECTED),
                (Long) v.get(MIN_RAM),
                (Long) v.get(MIN_DISK),
                (String) v.get(OWNER),
                (Boolean) v.get(OS_HIDDEN),
                (String) v.get(STATUS),
                properties,
                tags,
                data,
                members,
                ((OffsetDateTime) v.get(CREATED_AT)).toInstant(),
                ((OffsetDateTime) v.get(UPDATED_AT)).toInstant(),
                (Long) v.get(VERSION));
        return new ImageRow(state, (Long) v.get(POSITION));
    }

    private static Object data(ImageRow row, Function<ImageData, Object> field) {
        ImageData data = row.state().data();
        return data == null ? null : field.apply(data);
    }
}
