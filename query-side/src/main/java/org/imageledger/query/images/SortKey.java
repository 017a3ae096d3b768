package org.imageledger.query.images;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imageledger.events.ImageState;
import org.imageledger.query.tables.DatabaseTime;

/** The attributes a list may be sorted by, in Glance's order, with the SQL each one sorts on. */
enum SortKey {
    NAME("name", "m.name", true, ImageState::name),
    STATUS("status", "m.status", false, ImageState::status),
    CONTAINER_FORMAT("container_format", "m.container_format", true, ImageState::containerFormat),
    DISK_FORMAT("disk_format", "m.disk_format", true, ImageState::diskFormat),
    SIZE(
            "size",
            "m.size",
            true,
            image -> image.data() == null ? null : image.data().size()),
    ID("id", "m.id", false, ImageState::id),
    CREATED_AT("created_at", "m.created_at", false, image -> DatabaseTime.of(image.createdAt())),
    /** From image_recency, which {@link ImageListSql} joins when a list sorts on it. */
    UPDATED_AT("updated_at", "r.updated_at", false, image -> DatabaseTime.of(image.updatedAt()));

    static final String NAMES = Arrays.stream(values()).map(key -> key.name).collect(Collectors.joining(", "));

    final String name;
    final String sql;
    final boolean nullable;
    private final Function<ImageState, Object> value;

    SortKey(String name, String sql, boolean nullable, Function<ImageState, Object> value) {
        this.name = name;
        this.sql = sql;
        this.nullable = nullable;
        this.value = value;
    }

    static Optional<SortKey> named(String name) {
        return Arrays.stream(values()).filter(key -> key.name.equals(name)).findFirst();
    }

    /** The image's value of this attribute, as the database compares it. */
    Object valueOf(ImageState image) {
        return value.apply(image);
    }
}
