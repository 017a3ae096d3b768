package org.imageledger.query.history;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One field's value before and after an event; an absent field (a removed property or tag, anything before creation)
 * reads as null.
 */
public record FieldChange(String field, Object old, @JsonProperty("new") Object value) {

    /** The fields whose values differ between two {@code ImageState.fieldValues()} maps, in the order they appear. */
    static List<FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object old = before.get(field);
            Object value = after.get(field);
            if (!Objects.equals(old, value)) {
                changes.add(new FieldChange(field, old, value));
            }
        }
        return changes;
    }
}
