package org.imageledger.query.images;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imageledger.infrastructure.web.ApiException;
import org.imageledger.query.tables.DatabaseTime;

/**
 * The list filters, with Glance's semantics and messages: the default scope (no community or hidden images), the
 * flags, tags (all of them), {@code in:} lists, date comparisons, integer ranges, and any other name as an exact
 * match on a custom property. Attributes that only an upload sets (size, checksum, …) are null before it, and their
 * filters match no such image.
 */
final class ImageListFilters {

    private static final Set<String> VISIBILITIES = Set.of("community", "public", "private", "shared", "all");
    private static final Set<String> ALWAYS_NULL = Set.of("deleted_at", "locations", "members", "tags", "properties");

    private ImageListFilters() {}

    static void requireKnownVisibility(QueryParameters parameters) {
        String visibility = parameters.last("visibility");
        if (visibility != null && !VISIBILITIES.contains(visibility)) {
            throw ApiException.badRequest("Invalid visibility value: " + visibility);
        }
        if (parameters.contains("changes-since")) {
            throw ApiException.badRequest("The \"changes-since\" filter is no longer available on v2.");
        }
    }

    /** The condition a listed image meets; consumes every parameter left. */
    static Sql from(QueryParameters parameters, List<String> tags) {
        boolean hidden = flag(parameters, "os_hidden", true);
        Boolean isProtected = parameters.contains("protected") ? flag(parameters, "protected", false) : null;
        List<Sql> conditions = new ArrayList<>();
        conditions.add(Sql.of("m.status <> 'deleted'"));
        String visibility = parameters.takeFirst("visibility");
        if (visibility == null) {
            conditions.add(Sql.of("m.visibility <> 'community'"));
        } else if (!visibility.equals("all")) {
            conditions.add(Sql.of("m.visibility = ?", visibility));
        }
        conditions.add(Sql.of("m.os_hidden = ?", hidden));
        if (isProtected != null) {
            conditions.add(Sql.of("m.protected = ?", isProtected));
        }
        List.of("os_hidden", "protected", "deleted").forEach(parameters::takeAll);
        tags.forEach(tag -> conditions.add(
                Sql.of("EXISTS (SELECT 1 FROM image_tag t WHERE t.image_id = m.id AND t.tag = ?)", tag)));
        parameters.remaining().forEach((name, value) -> conditions.add(condition(name, value)));
        return Sql.and(conditions);
    }

    private static boolean flag(QueryParameters parameters, String name, boolean caseInsensitive) {
        String given = parameters.last(name);
        String value = given == null ? "false" : caseInsensitive ? given.toLowerCase(Locale.ROOT) : given;
        if (!value.equals("true") && !value.equals("false")) {
            throw ApiException.badRequest(
                    "Invalid value '" + value + "' for '" + name + "' filter. Valid values are 'true' or 'false'.");
        }
        return value.equals("true");
    }

    private static Sql condition(String name, String value) {
        if (name.endsWith("_min") || name.endsWith("_max")) {
            return range(name, value);
        }
        return switch (name) {
            case "created_at" -> time("m.created_at %s", name, value);
            // image_recency's index serves this one (see V3__image_recency.sql)
            case "updated_at" -> time("m.id IN (SELECT id FROM image_recency WHERE updated_at %s)", name, value);
            case "name" -> listable("m.name", value);
            case "id" -> listable("m.id", value);
            case "status" -> listable("m.status", value);
            case "container_format" -> listable("m.container_format", value);
            case "disk_format" -> listable("m.disk_format", value);
            case "owner" -> Sql.of("m.owner = ?", value);
            case "visibility" -> Sql.of("m.visibility = ?", value);
            case "min_ram" -> Sql.of("m.min_ram = ?", exactInteger(name, value));
            case "min_disk" -> Sql.of("m.min_disk = ?", exactInteger(name, value));
            case "size" -> Sql.of("m.size = ?", exactInteger(name, value));
            case "virtual_size" -> Sql.of("m.virtual_size = ?", exactInteger(name, value));
            case "checksum" -> Sql.of("m.checksum = ?", value);
            case "os_hash_algo" -> Sql.of("m.os_hash_algo = ?", value);
            case "os_hash_value" -> Sql.of("m.os_hash_value = ?", value);
            default -> ALWAYS_NULL.contains(name) ? Sql.FALSE : property(name, value);
        };
    }

    private static Sql property(String key, String value) {
        return Sql.of(
                "EXISTS (SELECT 1 FROM image_property p WHERE p.image_id = m.id AND p.key = ?"
                        + " AND md5(p.value) = md5(?) AND p.value = ?)",
                key,
                value,
                value);
    }

    private static Sql listable(String column, String value) {
        FilterValues.Operation operation = FilterValues.operation(value);
        return switch (operation.operator()) {
            case "in" -> Sql.in(column, FilterValues.items(operation.operand()));
            case "eq" -> Sql.of(column + " = ?", operation.operand());
            default ->
                throw ApiException.badRequest("Unable to filter by unknown operator '" + operation.operator() + "'.");
        };
    }

    /** A comparison of a time with the given value, put into the template's {@code %s}. */
    private static Sql time(String template, String name, String value) {
        FilterValues.Operation operation = FilterValues.operation(value);
        Object threshold = Iso8601.parse(operation.operand())
                .map(DatabaseTime::of)
                .orElseThrow(() -> ApiException.badRequest(
                        "Bad \"" + name + "\" query filter format. Use ISO 8601 DateTime notation."));
        String comparison = switch (operation.operator()) {
            case "gt" -> "> ?";
            case "gte" -> ">= ?";
            case "lt" -> "< ?";
            case "lte" -> "<= ?";
            case "neq" -> "<> ?";
            case "eq" -> "= ?";
            default -> throw ApiException.badRequest("Unable to filter on a unknown operator.");
        };
        return Sql.of(String.format(template, comparison), threshold);
    }

    private static Sql range(String name, String value) {
        BigInteger bound = FilterValues.integer(value)
                .orElseThrow(() -> ApiException.badRequest("Unable to filter on a range with a non-numeric value."));
        String attribute = name.substring(0, name.length() - 4);
        boolean lower = name.endsWith("_min");
        return switch (attribute) {
            case "min_ram" -> bound("m.min_ram", lower, bound);
            case "min_disk" -> bound("m.min_disk", lower, bound);
            case "size" -> bound("m.size", lower, bound);
            case "virtual_size" -> bound("m.virtual_size", lower, bound);
            default -> throw ApiException.badRequest("Unable to filter on a range of '" + attribute + "'.");
        };
    }

    private static Sql bound(String column, boolean lower, BigInteger bound) {
        if (bound.bitLength() < Long.SIZE) {
            return Sql.of(column + (lower ? " >= ?" : " <= ?"), bound.longValueExact());
        }
        // beyond every BIGINT: a lower bound above them all, or an upper bound below them all, matches nothing
        boolean aboveAll = bound.signum() > 0;
        return lower == aboveAll ? Sql.FALSE : Sql.of(column + " IS NOT NULL");
    }

    private static long exactInteger(String name, String value) {
        return FilterValues.integer(value)
                .filter(n -> n.bitLength() < Long.SIZE && !value.contains("_"))
                .map(BigInteger::longValueExact)
                .orElseThrow(() -> ApiException.badRequest(
                        "Invalid value '" + value + "' for '" + name + "' filter. Valid values are integers."));
    }
}
