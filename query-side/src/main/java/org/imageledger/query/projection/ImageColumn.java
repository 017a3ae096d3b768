package org.imageledger.query.projection;

/** The core columns events set; the only column names a write ever puts into SQL text. */
enum ImageColumn {
    NAME("name"),
    VISIBILITY("visibility"),
    PROTECTED("protected"),
    OS_HIDDEN("os_hidden"),
    MIN_RAM("min_ram"),
    MIN_DISK("min_disk"),
    DISK_FORMAT("disk_format"),
    CONTAINER_FORMAT("container_format"),
    OWNER("owner"),
    STATUS("status"),
    SIZE("size"),
    VIRTUAL_SIZE("virtual_size"),
    CHECKSUM("checksum"),
    OS_HASH_ALGO("os_hash_algo"),
    OS_HASH_VALUE("os_hash_value"),
    LOCATION("location");

    final String sql;

    ImageColumn(String sql) {
        this.sql = sql;
    }
}
