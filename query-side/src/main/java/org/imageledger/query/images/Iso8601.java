package org.imageledger.query.images;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in the forms Glance's filters accept (its {@code iso8601} library): from a bare year to a full timestamp,
 * dashes and colons optional, fractions cut to microseconds, UTC when no zone is given.
 */
final class Iso8601 {

    private static final Pattern FORMAT = Pattern.compile("(?<year>[0-9]{4})"
            + "(((-(?<monthdash>[0-9]{1,2}))|(?<month>[0-9]{2})(?!$))"
            + "(((-(?<daydash>[0-9]{1,2}))|(?<day>[0-9]{2}))"
            + "(([ T](?<hour>[0-9]{2})(:?(?<minute>[0-9]{2}))?"
            + "(:?(?<second>[0-9]{1,2})([.,](?<fraction>[0-9]+))?)?"
            + "(?<zone>Z|((?<sign>[-+])(?<zonehour>[0-9]{2}):?(?<zoneminute>[0-9]{2})?))?)?))?)?"
            + "$");

    private Iso8601() {}

    static Optional<Instant> parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.of(
                    number(m, "year", 0),
                    number(m, "month", number(m, "monthdash", 1)),
                    number(m, "day", number(m, "daydash", 1)),
                    number(m, "hour", 0),
                    number(m, "minute", 0),
                    number(m, "second", 0),
                    microseconds(m.group("fraction")) * 1000);
            if (local.getYear() < 1) {
                return Optional.empty();
            }
            return Optional.of(local.toInstant(ZoneOffset.UTC).minusSeconds(offsetSeconds(m)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(Matcher m, String group, int absent) {
        String digits = m.group(group);
        return digits == null ? absent : Integer.parseInt(digits);
    }

    private static int microseconds(String fraction) {
        if (fraction == null) {
            return 0;
        }
        return new BigDecimal("0." + fraction).movePointRight(6).intValue();
    }

    /** Python accepts any offset below a day, beyond what {@link ZoneOffset} allows. */
    private static long offsetSeconds(Matcher m) {
        if (m.group("sign") == null) {
            return 0;
        }
        long seconds = number(m, "zonehour", 0) * 3600L + number(m, "zoneminute", 0) * 60L;
        if (seconds >= 24 * 3600) {
            throw new DateTimeException("offset of a day or more");
        }
        return "-".equals(m.group("sign")) ? -seconds : seconds;
    }
}
