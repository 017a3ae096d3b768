package org.imageledger.query.history;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Every field an image has now, each with the event that gave it its current value. */
record Blame(@JsonProperty("image_id") String imageId, long version, Map<String, FieldOrigin> fields) {}
