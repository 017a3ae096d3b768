package org.imageledger.query.images;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A query string as Glance's request layer (webob) sees it: ordered, repeatable, split on {@code &} and {@code ;},
 * blank values kept. Glance consumes its parameters in a fixed order, taking the first occurrence of some and the
 * last of others; the methods here are those two moves, so that repeated parameters behave as they do there.
 */
final class QueryParameters {

    private static final Pattern SEPARATORS = Pattern.compile("[&;]");

    private final List<Map.Entry<String, String>> received;
    private final List<Map.Entry<String, String>> unconsumed;

    private QueryParameters(List<Map.Entry<String, String>> received) {
        this.received = List.copyOf(received);
        this.unconsumed = new ArrayList<>(received);
    }

    static QueryParameters parse(String rawQuery) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (rawQuery != null) {
            for (String pair : SEPARATORS.split(rawQuery)) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                pairs.add(Map.entry(decode(name), decode(value)));
            }
        }
        return new QueryParameters(pairs);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** Every parameter as received, each name once in the position it first had, with its last value. */
    Map<String, String> asReceived() {
        return lastValues(received);
    }

    /** The parameters not consumed yet, each name once in the position it first had, with its last value. */
    Map<String, String> remaining() {
        return lastValues(unconsumed);
    }

    boolean contains(String name) {
        return unconsumed.stream().anyMatch(entry -> entry.getKey().equals(name));
    }

    /** The last value of a parameter not consumed yet, or null; it stays unconsumed. */
    String last(String name) {
        String value = null;
        for (Map.Entry<String, String> entry : unconsumed) {
            if (entry.getKey().equals(name)) {
                value = entry.getValue();
            }
        }
        return value;
    }

    /** Consumes the first occurrence of a parameter; later occurrences stay. */
    String takeFirst(String name) {
        Iterator<Map.Entry<String, String>> entries = unconsumed.iterator();
        while (entries.hasNext()) {
            Map.Entry<String, String> entry = entries.next();
            if (entry.getKey().equals(name)) {
                entries.remove();
                return entry.getValue();
            }
        }
        return null;
    }

    /** Consumes every occurrence of a parameter, in order. */
    List<String> takeAll(String name) {
        List<String> values = new ArrayList<>();
        String value;
        while ((value = takeFirst(name)) != null) {
            values.add(value);
        }
        return values;
    }

    private static Map<String, String> lastValues(List<Map.Entry<String, String>> entries) {
        Map<String, String> values = new LinkedHashMap<>();
        entries.forEach(entry -> values.put(entry.getKey(), entry.getValue()));
        return values;
    }
}
