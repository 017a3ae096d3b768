package org.imageledger.query.images;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imageledger.infrastructure.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The one range of bytes a download asks for in {@code Range}, resolved against the data's size as Glance resolves
 * it: an end past the data is cut to its end, a start past it cannot be satisfied (416), and so cannot a header we do
 * not understand; several ranges are refused (400).
 *
 * @param last inclusive
 */
record ByteRange(long first, long last) {

    private static final Pattern BYTES = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    /** The range, or null when the header asks for the whole data. */
    static ByteRange of(String header, long size) {
        if (header == null) {
            return null;
        }
        String spec = header.strip();
        if (spec.contains(",")) {
            throw ApiException.badRequest("Multiple ranges are not supported.");
        }
        Matcher m = BYTES.matcher(spec);
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            throw unsatisfiable("The Range header is not understood: " + spec, size);
        }
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0 || size == 0) {
                throw unsatisfiable("The Range requested is empty.", size);
            }
            return new ByteRange(Math.max(0, size - suffix), size - 1);
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
        if (first >= size) {
            throw unsatisfiable(
                    "Invalid start position in Range header. Start position MUST be in the inclusive range [0, "
                            + (size - 1) + "].",
                    size);
        }
        if (first > last) {
            throw unsatisfiable("The Range requested ends before it starts.", size);
        }
        return new ByteRange(first, last);
    }

    long length() {
        return last - first + 1;
    }

    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    private static ApiException unsatisfiable(String message, long size) {
        return new ApiException(
                HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                "range_not_satisfiable",
                "The Range requested is not available. " + message,
                java.util.Map.of("size", size));
    }
}
