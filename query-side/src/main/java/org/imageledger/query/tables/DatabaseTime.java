package org.imageledger.query.tables;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the table keeps them. PostgreSQL resolves microseconds and would round the clock's nanoseconds;
 * truncating instead keeps the displayed whole second identical to the one the write side shows.
 */
public final class DatabaseTime {

    private DatabaseTime() {}

    public static OffsetDateTime of(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
