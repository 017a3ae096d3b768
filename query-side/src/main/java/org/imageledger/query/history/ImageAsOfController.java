package org.imageledger.query.history;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.imageledger.events.ImageState;
import org.imageledger.infrastructure.glance.ImageDocument;
import org.imageledger.infrastructure.web.ApiException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v2/images/{id}} with {@code as_of_version} or {@code as_of}: the image as it stood then, from the event
 * stream. The parameter conditions make these mappings win over the plain read of the current image.
 */
@RestController
class ImageAsOfController {

    static final String AS_OF_VERSION = "as_of_version";
    static final String AS_OF = "as_of";

    private final AuditAccess access;
    private final ImageAsOf asOf;

    ImageAsOfController(AuditAccess access, ImageAsOf asOf) {
        this.access = access;
        this.asOf = asOf;
    }

    @GetMapping(path = "/v2/images/{id}", params = AS_OF_VERSION)
    ResponseEntity<Map<String, Object>> atVersion(
            @PathVariable String id, @RequestParam(AS_OF_VERSION) String raw, HttpServletRequest request) {
        long version = AuditParameters.nonNegative(AS_OF_VERSION, raw, 0);
        access.checkImage(request, id);
        return found(id, asOf.atVersion(id, version), "version " + version);
    }

    @GetMapping(path = "/v2/images/{id}", params = AS_OF)
    ResponseEntity<Map<String, Object>> atInstant(
            @PathVariable String id, @RequestParam(AS_OF) String raw, HttpServletRequest request) {
        Instant instant = AuditParameters.instant(AS_OF, raw);
        access.checkImage(request, id);
        return found(id, asOf.atInstant(id, instant), raw);
    }

    @GetMapping(
            path = "/v2/images/{id}",
            params = {AS_OF_VERSION, AS_OF})
    ResponseEntity<Map<String, Object>> both() {
        throw ApiException.badRequest("Send either as_of_version or as_of, not both.");
    }

    private static ResponseEntity<Map<String, Object>> found(String id, Optional<ImageState> image, String when) {
        ImageState state =
                image.orElseThrow(() -> ApiException.notFound("No image found with ID " + id + " as of " + when));
        return ResponseEntity.ok().eTag("\"" + state.version() + "\"").body(ImageDocument.of(state));
    }
}
