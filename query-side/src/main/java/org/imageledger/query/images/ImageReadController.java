package org.imageledger.query.images;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imageledger.events.ImageState;
import org.imageledger.infrastructure.access.AuthenticationFilter;
import org.imageledger.infrastructure.access.Caller;
import org.imageledger.infrastructure.access.Visibility;
import org.imageledger.infrastructure.glance.ImageDocument;
import org.imageledger.infrastructure.web.ApiException;
import org.imageledger.infrastructure.web.ErrorResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** {@code GET /v2/images/{id}} and {@code GET /v2/images}, from the projection. */
@RestController
class ImageReadController {

    private static final String IMAGE = "/v2/images/{id}";
    /**
     * {@code If-None-Match: *} matches any image that exists (RFC 9110); Spring 6.2's {@code checkNotModified}, which
     * compares every other tag weakly as a GET asks, takes {@code *} for a tag like any other and never matches it.
     */
    private static final String ANY = "*";

    private final ImageMetadataRepository images;

    ImageReadController(ImageMetadataRepository images) {
        this.images = images;
    }

    @GetMapping(IMAGE)
    ResponseEntity<Map<String, Object>> show(
            @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            HttpServletRequest request,
            WebRequest webRequest) {
        Caller caller = AuthenticationFilter.callerOf(request);
        ImageState image = images.findListed(id)
                .filter(found -> Visibility.maySee(
                        caller,
                        found.owner(),
                        found.visibility(),
                        found.members().keySet()))
                .orElseThrow(() -> ApiException.notFound("No image found with ID " + id));
        String etag = "\"" + image.version() + "\"";
        if (ANY.equals(ifNoneMatch == null ? null : ifNoneMatch.strip())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        if (webRequest.checkNotModified(etag)) {
            return null; // Spring has answered 304 with the tag
        }
        return ResponseEntity.ok().eTag(etag).body(ImageDocument.of(image));
    }

    /** The methods Glance refuses on an image; PATCH and DELETE belong to the write side. */
    @RequestMapping(
            path = IMAGE,
            method = {RequestMethod.HEAD, RequestMethod.PUT, RequestMethod.POST})
    ResponseEntity<byte[]> refuse(HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ALLOW, "GET, PATCH, DELETE");
        return ErrorResponses.of(
                HttpStatus.METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "The method " + request.getMethod() + " is not allowed for this resource.",
                Map.of(),
                headers);
    }

    @GetMapping("/v2/images")
    Map<String, Object> list(HttpServletRequest request) {
        Caller caller = AuthenticationFilter.callerOf(request);
        if (!caller.mayRead()) {
            throw ApiException.forbidden("You are not authorized to complete get_images action.");
        }
        QueryParameters parameters = QueryParameters.parse(request.getQueryString());
        ImageListRequest listRequest = ImageListRequest.from(parameters).visibleTo(caller);
        List<ImageState> page = images.list(listRequest);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("images", page.stream().map(ImageDocument::of).toList());
        body.put("first", ListLinks.first(parameters));
        body.put("schema", "/v2/schemas/images");
        if (!page.isEmpty() && page.size() == listRequest.limit()) {
            body.put(
                    "next", ListLinks.next(parameters, page.get(page.size() - 1).id()));
        }
        return body;
    }
}
