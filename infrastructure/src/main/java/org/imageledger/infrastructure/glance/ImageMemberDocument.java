package org.imageledger.infrastructure.glance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.imageledger.events.ImageMember;

/** One image member as the Glance v2 dialect shows it. */
public final class ImageMemberDocument {

    private ImageMemberDocument() {}

    public static Map<String, Object> of(String imageId, String project, ImageMember member) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("member_id", project);
        doc.put("image_id", imageId);
        doc.put("status", member.status());
        doc.put("created_at", ImageDocument.timestamp(member.createdAt()));
        doc.put("updated_at", ImageDocument.timestamp(member.updatedAt()));
        doc.put("schema", "/v2/schemas/member");
        return doc;
    }
}
