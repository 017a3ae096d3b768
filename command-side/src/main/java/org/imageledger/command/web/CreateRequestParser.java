package org.imageledger.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imageledger.command.image.CreateImage;
import org.imageledger.command.image.ImageValues;
import org.imageledger.command.image.WritableFields;
import org.imageledger.events.ImageField;
import org.imageledger.infrastructure.access.Caller;
import org.imageledger.infrastructure.web.ApiException;

/** Turns a create body (a JSON object as the baseline accepts it) into a {@link CreateImage}, or refuses it. */
final class CreateRequestParser {

    private CreateRequestParser() {}

    static CreateImage parse(byte[] body, Caller caller) {
        JsonNode root = JsonBodies.read(body);
        if (!root.isObject()) {
            throw ApiException.badRequest("Request body must be a JSON object.");
        }
        Map<String, Object> core = new HashMap<>();
        Map<String, String> properties = new HashMap<>();
        String id = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String key = AttributeRules.clean(member.getKey());
            if ("id".equals(key)) {
                id = imageId(member.getValue());
                continue;
            }
            AttributeRules.checkWritable(key);
            if (WritableFields.isCore(key)) {
                core.put(key, AttributeRules.coreValue(key, member.getValue()));
            } else {
                properties.put(key, AttributeRules.propertyValue(key, member.getValue()));
            }
        }
        ImageValues values = new ImageValues(
                (String) core.get(ImageField.NAME),
                (String) core.get(ImageField.DISK_FORMAT),
                (String) core.get(ImageField.CONTAINER_FORMAT),
                (String) core.getOrDefault(ImageField.VISIBILITY, "shared"),
                (Boolean) core.getOrDefault(ImageField.PROTECTED, false),
                (Long) core.getOrDefault(ImageField.MIN_RAM, 0L),
                (Long) core.getOrDefault(ImageField.MIN_DISK, 0L),
                core.containsKey(ImageField.OWNER) ? (String) core.get(ImageField.OWNER) : caller.project(),
                (Boolean) core.getOrDefault(ImageField.OS_HIDDEN, false),
                properties,
                castTags(core.getOrDefault(ImageField.TAGS, List.of())));
        return new CreateImage(id == null ? UUID.randomUUID().toString() : id, values, caller);
    }

    private static String imageId(JsonNode value) {
        if (value == null
                || !value.isTextual()
                || !AttributeRules.UUID.matcher(value.asText()).matches()) {
            throw AttributeRules.schema(value + " does not match '" + AttributeRules.UUID.pattern() + "'");
        }
        return value.asText().toLowerCase(java.util.Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static List<String> castTags(Object tags) {
        return (List<String>) tags;
    }
}
