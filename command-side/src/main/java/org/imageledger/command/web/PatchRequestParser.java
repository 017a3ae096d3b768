package org.imageledger.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imageledger.command.image.PatchOperation;
import org.imageledger.command.image.PatchOperation.Op;
import org.imageledger.command.image.WritableFields;
import org.imageledger.infrastructure.web.ApiException;

/**
 * Reads a Glance JSON patch in either media type: v2.1 ({@code {"op": "replace", "path": "/name", "value": …}}) or
 * v2.0 ({@code {"replace": "/name", "value": …}}). Pointers are one level deep, with {@code ~1} and {@code ~0}
 * escapes.
 */
final class PatchRequestParser {

    static final String V2_1 = "application/openstack-images-v2.1-json-patch";
    static final String V2_0 = "application/openstack-images-v2.0-json-patch";

    private PatchRequestParser() {}

    static List<PatchOperation> parse(byte[] body, boolean legacyForm) {
        JsonNode root = JsonBodies.read(body);
        if (!root.isArray()) {
            throw ApiException.badRequest("Request body must be a JSON array of operation objects.");
        }
        List<PatchOperation> operations = new ArrayList<>();
        for (JsonNode change : root) {
            if (!change.isObject()) {
                throw ApiException.badRequest("Operations must be JSON objects.");
            }
            PatchOperation operation = legacyForm ? legacy(change) : current(change);
            if (operation != null) {
                operations.add(operation);
            }
        }
        return operations;
    }

    private static PatchOperation current(JsonNode change) {
        JsonNode op = change.get("op");
        if (op == null || !op.isTextual()) {
            throw ApiException.badRequest("Unable to find 'op' in JSON Schema change");
        }
        JsonNode path = change.get("path");
        if (path == null) {
            throw ApiException.badRequest("Unable to find 'path' in JSON Schema change");
        }
        return operation(op.asText(), path, change);
    }

    private static PatchOperation legacy(JsonNode change) {
        for (String op : List.of("add", "remove", "replace")) {
            if (change.has(op)) {
                return operation(op, change.get(op), change);
            }
        }
        throw ApiException.badRequest("Unable to find a valid operation in JSON Schema change");
    }

    private static PatchOperation operation(String opName, JsonNode path, JsonNode change) {
        Op op = switch (opName) {
            case "add" -> Op.ADD;
            case "remove" -> Op.REMOVE;
            case "replace" -> Op.REPLACE;
            default ->
                throw ApiException.badRequest("Invalid operation: `" + AttributeRules.clean(opName)
                        + "`. It must be one of the following: add, remove, replace.");
        };
        String member = member(path);
        if (op == Op.REMOVE && AttributeRules.VERSION.equals(member)) {
            // openstacksdk files our unknown `version` member under the image's properties and asks to remove
            // it whenever it rewrites them; the version is the server's, so that request is simply met
            return null;
        }
        AttributeRules.checkWritable(member);
        if (op == Op.REMOVE) {
            AttributeRules.checkKey(member);
            return new PatchOperation(op, member, null);
        }
        if (!change.has("value")) {
            throw ApiException.badRequest("Operation \"" + opName + "\" requires a member named \"value\".");
        }
        JsonNode value = change.get("value");
        Object typed = WritableFields.isCore(member)
                ? AttributeRules.coreValue(member, value)
                : AttributeRules.propertyValue(member, value);
        return new PatchOperation(op, member, typed);
    }

    private static String member(JsonNode path) {
        if (!path.isTextual()) {
            throw ApiException.badRequest("Pointer must be a string.");
        }
        String pointer = AttributeRules.clean(path.asText());
        if (!pointer.startsWith("/")) {
            throw ApiException.badRequest("Pointer `" + pointer + "` does not start with \"/\".");
        }
        String raw = pointer.substring(1);
        if (raw.contains("/") || raw.replaceAll("~[01]", "").contains("~")) {
            throw ApiException.badRequest("Invalid JSON pointer for this resource: '" + pointer + "'");
        }
        return raw.replace("~1", "/").replace("~0", "~");
    }

    static boolean isLegacy(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(V2_0);
    }
}
