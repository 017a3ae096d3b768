package org.imageledger.query.images;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imageledger.events.ImageMember;
import org.imageledger.events.ImageState;
import org.imageledger.infrastructure.access.AuthenticationFilter;
import org.imageledger.infrastructure.access.Caller;
import org.imageledger.infrastructure.access.Visibility;
import org.imageledger.infrastructure.glance.ImageMemberDocument;
import org.imageledger.infrastructure.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v2/images/{id}/members[/{member}]}, from the projection. The owner (and whoever reads everything) sees
 * every member; a member project sees only its own membership, as in Glance. Only shared images have members.
 */
@RestController
class ImageMemberReadController {

    private static final String SHARED = "shared";
    private static final String ONLY_SHARED = "Only shared images have members.";

    private final ImageMetadataRepository images;

    ImageMemberReadController(ImageMetadataRepository images) {
        this.images = images;
    }

    @GetMapping("/v2/images/{id}/members")
    Map<String, Object> list(@PathVariable String id, HttpServletRequest request) {
        Caller caller = AuthenticationFilter.callerOf(request);
        ImageState image = visible(id, caller);
        if (!SHARED.equals(image.visibility())) {
            throw ApiException.forbidden("Not allowed to list members for image " + id + ": " + ONLY_SHARED);
        }
        List<Map<String, Object>> members = image.members().entrySet().stream()
                .filter(member -> seesAll(caller, image) || member.getKey().equals(caller.project()))
                .map(member -> ImageMemberDocument.of(id, member.getKey(), member.getValue()))
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("members", members);
        body.put("schema", "/v2/schemas/members");
        return body;
    }

    @GetMapping("/v2/images/{id}/members/{member}")
    Map<String, Object> show(@PathVariable String id, @PathVariable String member, HttpServletRequest request) {
        Caller caller = AuthenticationFilter.callerOf(request);
        ImageState image = visible(id, caller);
        if (!SHARED.equals(image.visibility())) {
            throw ApiException.notFound(ONLY_SHARED);
        }
        ImageMember found = image.members().get(member);
        if (found == null || !seesAll(caller, image) && !member.equals(caller.project())) {
            throw ApiException.notFound(member + " not found in the member list of the image " + id + ".");
        }
        return ImageMemberDocument.of(id, member, found);
    }

    private ImageState visible(String id, Caller caller) {
        return images.findListed(id)
                .filter(image -> Visibility.maySee(
                        caller,
                        image.owner(),
                        image.visibility(),
                        image.members().keySet()))
                .orElseThrow(() -> ApiException.notFound("No image found with ID " + id));
    }

    private static boolean seesAll(Caller caller, ImageState image) {
        return caller.readsEverything() || caller.project().equals(image.owner());
    }
}
