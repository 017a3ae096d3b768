package org.imageledger.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any handler runs, what no endpoint accepts: bodies over 1 MiB (413), NUL characters or broken
 * UTF-8 in the path or query (400), and a {@code Content-Type} that names no concrete media type (415). Bodies are
 * checked for these characters where they are parsed. Image data
 * uploads are the exception to the size limit: their endpoint streams the body and enforces its own.
 */
public class RequestLimitsFilter extends OncePerRequestFilter {

    public static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final Pattern IMAGE_DATA = Pattern.compile("/v2/images/[^/]+/file");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean imageData = "PUT".equals(request.getMethod())
                && IMAGE_DATA.matcher(request.getRequestURI()).matches();
        if (!imageData && request.getContentLengthLong() > MAX_BODY_BYTES) {
            reject(
                    request,
                    response,
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "payload_too_large",
                    "Request body is larger than 1 MiB.");
            return;
        }
        if (!TextRules.isClean(decoded(request.getRequestURI()))
                || !TextRules.isClean(decoded(request.getQueryString()))) {
            reject(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "bad_request",
                    "The request path or query contains a NUL character or invalid UTF-8.");
            return;
        }
        if (!isConcrete(request.getContentType())) {
            reject(
                    request,
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported_media_type",
                    "The request media type is not a media type this server supports.");
            return;
        }
        chain.doFilter(imageData ? request : new LimitedBodyRequest(request, MAX_BODY_BYTES), response);
    }

    /** No content type, or one naming a concrete type: a wildcard or an unparseable one describes no body. */
    private static boolean isConcrete(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            return MediaType.parseMediaType(contentType).isConcrete();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String decoded(String raw) {
        if (raw == null) {
            return "";
        }
        try {
            byte[] bytes = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.ISO_8859_1)
                    .getBytes(StandardCharsets.ISO_8859_1);
            return TextRules.strictUtf8(bytes);
        } catch (IllegalArgumentException e) {
            return "\0";
        }
    }

    private static void reject(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type, String message)
            throws IOException {
        ErrorResponses.write(request, response, status, type, message);
    }
}
