package org.imageledger.query.images;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code first} and {@code next} links of a list page, as Glance writes them: relative, the received query with
 * each name once (its last value) re-encoded the way Python's {@code urlencode} does, without the marker; the next
 * link appends the new marker.
 */
final class ListLinks {

    private static final String PATH = "/v2/images";
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";

    private ListLinks() {}

    static String first(QueryParameters parameters) {
        Map<String, String> query = withoutMarker(parameters);
        return query.isEmpty() ? PATH : PATH + "?" + encode(query);
    }

    static String next(QueryParameters parameters, String marker) {
        Map<String, String> query = withoutMarker(parameters);
        query.put("marker", marker);
        return PATH + "?" + encode(query);
    }

    private static Map<String, String> withoutMarker(QueryParameters parameters) {
        Map<String, String> query = new LinkedHashMap<>(parameters.asReceived());
        query.remove("marker");
        return query;
    }

    private static String encode(Map<String, String> query) {
        return query.entrySet().stream()
                .map(entry -> quotePlus(entry.getKey()) + "=" + quotePlus(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Python's {@code quote_plus}: unreserved characters stay, a space becomes {@code +}, the rest %XX of UTF-8. */
    static String quotePlus(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && UNRESERVED.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else if (c == ' ') {
                encoded.append('+');
            } else {
                encoded.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
