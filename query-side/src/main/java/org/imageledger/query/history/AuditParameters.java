package org.imageledger.query.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.imageledger.infrastructure.web.ApiException;

/** Reads the audit API's query parameters, refusing anything malformed or out of range with a 400. */
final class AuditParameters {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private AuditParameters() {}

    /** A version or position: a non-negative integer, or the default when the parameter is absent. */
    static long nonNegative(String name, String raw, long absent) {
        if (raw == null) {
            return absent;
        }
        if (!DIGITS.matcher(raw).matches()) {
            throw ApiException.badRequest(name + " must be a non-negative integer, not '" + raw + "'.");
        }
        return Long.parseLong(raw);
    }

    /** A page size from 1 to {@code max}, or the default when the parameter is absent. */
    static int limit(String raw, int absent, int max) {
        long limit = nonNegative("limit", raw, absent);
        if (limit < 1 || limit > max) {
            throw ApiException.badRequest("limit must be between 1 and " + max + ", not " + raw + ".");
        }
        return (int) limit;
    }

    /** An ISO-8601 instant with a zone offset, such as {@code 2025-01-31T12:00:00Z}. */
    static Instant instant(String name, String raw) {
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(
                    name + " must be an ISO-8601 instant such as 2025-01-31T12:00:00Z, not '" + raw + "'.");
        }
    }
}
