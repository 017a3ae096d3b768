package org.imageledger.infrastructure.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;

/**
 * How an error body is written for a request's {@code Accept}: JSON unless the client prefers plain text, as Glance
 * negotiates its errors. {@code *}{@code /*} alone counts as plain text: python-glanceclient sends it and reads a
 * body labelled JSON as nested error objects, so it fails on our flat one, while it shows a plain body as the reason.
 * Glance's HTML is never offered. Error content types stay {@code application/json} or bare {@code text/plain}, the
 * two that OpenStack clients (Tempest among them) accept as written.
 */
public enum ErrorMedia {
    JSON(MediaType.APPLICATION_JSON),
    PLAIN_TEXT(MediaType.TEXT_PLAIN);

    private final MediaType type;

    ErrorMedia(MediaType type) {
        this.type = type;
    }

    public MediaType type() {
        return type;
    }

    /** The medium for this {@code Accept} header: absent, blank or unparseable means JSON. */
    public static ErrorMedia forAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
            MimeTypeUtils.sortBySpecificity(ranges);
        } catch (IllegalArgumentException e) {
            // unparseable, or too many ranges to sort
            return JSON;
        }
        for (MediaType range : ranges) {
            if (range.getQualityValue() == 0) {
                continue;
            }
            if (range.isWildcardType()) {
                return PLAIN_TEXT;
            }
            if (range.includes(MediaType.APPLICATION_JSON) || range.getSubtype().endsWith("+json")) {
                return JSON;
            }
            if (range.includes(MediaType.TEXT_PLAIN)) {
                return PLAIN_TEXT;
            }
        }
        return JSON;
    }

    /** The error body in this medium: the JSON shape, or Glance's plain form (code and title, then the message). */
    public byte[] render(Map<String, Object> body) {
        if (this == JSON) {
            return ErrorResponses.bytes(body);
        }
        return (body.get("code") + "\n\n" + body.get("message") + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
