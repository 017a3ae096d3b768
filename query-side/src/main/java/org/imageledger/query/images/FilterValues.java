package org.imageledger.query.images;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imageledger.infrastructure.web.ApiException;

/** How Glance reads a filter value: an optional {@code op:} prefix, {@code in:} lists with quoting, integers. */
final class FilterValues {

    private static final Pattern LIST_ITEM = Pattern.compile("\"([^\"\\\\]*(?:\\\\.[^\"\\\\]*)*)\",?|([^,]+),?|,");
    private static final Pattern PYTHON_INT = Pattern.compile("[+-]?[0-9]+(?:_[0-9]+)*");

    private FilterValues() {}

    /** An operator and its operand; a value without operator, or one that is a whole date, compares for equality. */
    record Operation(String operator, String operand) {}

    static Operation operation(String expression) {
        int colon = expression.indexOf(':');
        if (colon < 0 || Iso8601.parse(expression).isPresent()) {
            return new Operation("eq", expression);
        }
        return new Operation(expression.substring(0, colon), expression.substring(colon + 1));
    }

    /** The items of an {@code in:} list: comma separated, an item in double quotes may contain commas. */
    static List<String> items(String list) {
        requireBalancedQuotes(list);
        List<String> items = new ArrayList<>();
        Matcher m = LIST_ITEM.matcher(list);
        while (m.find()) {
            String quoted = m.group(1);
            String plain = m.group(2);
            items.add(quoted != null && !quoted.isEmpty() ? quoted : plain == null ? "" : plain);
        }
        return items;
    }

    private static void requireBalancedQuotes(String value) {
        boolean opening = true;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != '"' || (i > 0 && value.charAt(i - 1) == '\\')) {
                continue;
            }
            if (opening && i > 0 && value.charAt(i - 1) != ',') {
                throw ApiException.badRequest(
                        "Invalid filter value " + value + ". There is no comma before opening quotation mark.");
            }
            if (!opening && i + 1 != value.length() && value.charAt(i + 1) != ',') {
                throw ApiException.badRequest(
                        "Invalid filter value " + value + ". There is no comma after closing quotation mark.");
            }
            opening = !opening;
        }
        if (!opening) {
            throw ApiException.badRequest("Invalid filter value " + value + ". The quote is not closed.");
        }
    }

    /** An integer as Python's {@code int()} reads text: surrounding blanks, a sign and digit underscores allowed. */
    static Optional<BigInteger> integer(String text) {
        String digits = text.strip();
        if (!PYTHON_INT.matcher(digits).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigInteger(digits.replace("_", "")));
    }
}
