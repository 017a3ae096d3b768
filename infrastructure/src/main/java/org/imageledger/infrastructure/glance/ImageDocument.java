package org.imageledger.infrastructure.glance;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imageledger.events.ImageData;
import org.imageledger.events.ImageState;

/**
 * The image as the Glance v2 dialect shows it: custom properties first, then the core attributes in the baseline's
 * order, then our read-only {@code version}. Attributes that only an upload fills in are null until it does; where the
 * store keeps the data is never shown.
 */
public final class ImageDocument {

    private static final DateTimeFormatter WHOLE_SECONDS = DateTimeFormatter.ISO_INSTANT;

    private ImageDocument() {}

    public static Map<String, Object> of(ImageState image) {
        Map<String, Object> doc = new LinkedHashMap<>(image.properties());
        doc.put("name", image.name());
        doc.put("disk_format", image.diskFormat());
        doc.put("container_format", image.containerFormat());
        doc.put("visibility", image.visibility());
        ImageData data = image.data();
        doc.put("size", data == null ? null : data.size());
        doc.put("virtual_size", data == null ? null : data.virtualSize());
        doc.put("status", image.status());
        doc.put("checksum", data == null ? null : data.checksum());
        doc.put("protected", image.isProtected());
        doc.put("min_ram", image.minRam());
        doc.put("min_disk", image.minDisk());
        doc.put("owner", image.owner());
        doc.put("os_hidden", image.osHidden());
        doc.put("os_hash_algo", data == null ? null : data.osHashAlgo());
        doc.put("os_hash_value", data == null ? null : data.osHashValue());
        doc.put("id", image.id());
        doc.put("created_at", timestamp(image.createdAt()));
        doc.put("updated_at", timestamp(image.updatedAt()));
        doc.put("tags", new ArrayList<>(image.tags()));
        doc.put("self", "/v2/images/" + image.id());
        doc.put("file", "/v2/images/" + image.id() + "/file");
        doc.put("schema", "/v2/schemas/image");
        doc.put("version", image.version());
        return doc;
    }

    /** UTC ISO-8601 with whole seconds, as the baseline shows every date. */
    public static String timestamp(Instant instant) {
        return WHOLE_SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
