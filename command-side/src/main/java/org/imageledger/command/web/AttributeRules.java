package org.imageledger.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.imageledger.events.ImageField;
import org.imageledger.infrastructure.web.ApiException;
import org.imageledger.infrastructure.web.TextRules;

/**
 * The baseline's schema for each member of an image: which are read-only or reserved, and the type and range of each
 * writable value. Every check here refuses with 400 or 403 before a command is sent.
 */
final class AttributeRules {

    static final Pattern UUID =
            Pattern.compile("^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$");
    static final String VERSION = "version";
    static final int MAX_NAME = 255;
    static final int MAX_PROPERTY_VALUE = 65_535;

    private static final Set<String> READ_ONLY = Set.of(
            "id",
            "status",
            "created_at",
            "updated_at",
            "size",
            "virtual_size",
            "checksum",
            "os_hash_algo",
            "os_hash_value",
            "self",
            "file",
            "schema",
            "direct_url",
            "locations",
            "stores",
            "version");
    private static final List<String> VISIBILITIES = List.of("community", "public", "private", "shared");
    private static final List<String> DISK_FORMATS =
            List.of("ami", "ari", "aki", "vhd", "vhdx", "vmdk", "raw", "qcow2", "vdi", "iso", "ploop");
    private static final List<String> CONTAINER_FORMATS =
            List.of("ami", "ari", "aki", "bare", "ovf", "ova", "docker", "compressed");
    private static final Set<String> UUID_PROPERTIES = Set.of("kernel_id", "ramdisk_id");
    private static final List<String> KEY_DELETION_POLICIES = List.of("on_image_deletion", "do_not_delete");

    private AttributeRules() {}

    /** Refuses members no client may write (403), whatever the operation. */
    static void checkWritable(String member) {
        if (READ_ONLY.contains(member)) {
            throw ApiException.forbidden("Attribute '" + member + "' is read-only.");
        }
        if (member.startsWith("os_glance")) {
            throw ApiException.forbidden("Attribute '" + member + "' is reserved.");
        }
    }

    /** The typed value of a core member or of {@code tags}. */
    static Object coreValue(String member, JsonNode value) {
        return switch (member) {
            case ImageField.NAME, ImageField.OWNER -> nullableString(member, value);
            case ImageField.VISIBILITY -> oneOf(member, value, VISIBILITIES, false);
            case ImageField.DISK_FORMAT -> oneOf(member, value, DISK_FORMATS, true);
            case ImageField.CONTAINER_FORMAT -> oneOf(member, value, CONTAINER_FORMATS, true);
            case ImageField.PROTECTED, ImageField.OS_HIDDEN -> bool(member, value);
            case ImageField.MIN_RAM, ImageField.MIN_DISK -> size(member, value);
            case ImageField.TAGS -> tags(value);
            default -> throw new IllegalArgumentException("not a core member: " + member);
        };
    }

    static String propertyValue(String key, JsonNode value) {
        checkKey(key);
        if (value == null || !value.isTextual()) {
            throw schema(render(value) + " is not of type 'string'");
        }
        String text = clean(value.asText());
        if (text.length() > MAX_PROPERTY_VALUE) {
            throw schema("value of '" + key + "' is longer than " + MAX_PROPERTY_VALUE + " characters");
        }
        if (UUID_PROPERTIES.contains(key) && !UUID.matcher(text).matches()) {
            throw schema("'" + text + "' does not match '" + UUID.pattern() + "'");
        }
        if ("cinder_encryption_key_deletion_policy".equals(key) && !KEY_DELETION_POLICIES.contains(text)) {
            throw schema("'" + text + "' is not one of " + KEY_DELETION_POLICIES);
        }
        return text;
    }

    static void checkKey(String key) {
        clean(key);
        if (key.length() > MAX_NAME) {
            throw ApiException.badRequest(
                    "Property key '" + key.substring(0, 20) + "…' is longer than 255 characters.");
        }
    }

    static String tag(String tag) {
        clean(tag);
        if (tag.length() > MAX_NAME) {
            throw ApiException.badRequest("Tag '" + tag.substring(0, 20) + "…' is longer than 255 characters.");
        }
        return tag;
    }

    static String clean(String text) {
        if (!TextRules.isClean(text)) {
            throw ApiException.badRequest("Text may not contain NUL characters or unpaired surrogates.");
        }
        return text;
    }

    private static List<String> tags(JsonNode value) {
        if (value == null || !value.isArray()) {
            throw schema(render(value) + " is not of type 'array'");
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : value) {
            if (!tag.isTextual()) {
                throw schema(render(tag) + " is not of type 'string'");
            }
            tags.add(tag(tag.asText()));
        }
        return tags;
    }

    private static String nullableString(String member, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw schema(render(value) + " is not of type 'null', 'string'");
        }
        String text = clean(value.asText());
        if (text.length() > MAX_NAME) {
            throw schema("'" + member + "' is longer than " + MAX_NAME + " characters");
        }
        return text;
    }

    private static String oneOf(String member, JsonNode value, List<String> allowed, boolean nullable) {
        if (nullable && (value == null || value.isNull())) {
            return null;
        }
        if (value == null || !value.isTextual() || !allowed.contains(value.asText())) {
            throw schema(render(value) + " is not one of " + allowed + " for '" + member + "'");
        }
        return value.asText();
    }

    private static Boolean bool(String member, JsonNode value) {
        if (value == null || !value.isBoolean()) {
            throw schema(render(value) + " is not of type 'boolean' for '" + member + "'");
        }
        return value.asBoolean();
    }

    private static Long size(String member, JsonNode value) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw schema(render(value) + " is not of type 'integer' for '" + member + "'");
        }
        long number = value.asLong();
        if (number < 0) {
            throw ApiException.badRequest(
                    "Invalid value '" + number + "' for parameter '" + member + "': Cannot be a negative value");
        }
        return number;
    }

    static ApiException schema(String detail) {
        return ApiException.badRequest("Provided object does not match schema 'image': " + detail);
    }

    private static String render(JsonNode value) {
        if (value == null) {
            return "None";
        }
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
