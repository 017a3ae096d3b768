package org.imageledger.query.metadata;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the table keeps them. PostgreSQL resolves microseconds and would round the clock's nanoseconds;
 * truncating instead keeps the displayed whole second identical to the one the write side shows.
 */
final class DatabaseTime {

    private DatabaseTime() {}

    static OffsetDateTime of(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
