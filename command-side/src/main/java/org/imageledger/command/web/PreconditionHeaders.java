package org.imageledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imageledger.command.image.Precondition;
import org.imageledger.infrastructure.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * A request's precondition, from {@code If-Match: "<v>"} (strict) or {@code Expected-Version: <v>} (field level).
 * An {@code If-Match} naming no version of ours can never match, so it fails as a precondition (412).
 */
final class PreconditionHeaders {

    static final String EXPECTED_VERSION = "Expected-Version";
    private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

    private PreconditionHeaders() {}

    static Precondition of(HttpServletRequest request) {
        String ifMatch = request.getHeader("If-Match");
        String expected = request.getHeader(EXPECTED_VERSION);
        if (ifMatch != null && expected != null) {
            throw ApiException.badRequest("Send either If-Match or Expected-Version, not both.");
        }
        if (ifMatch != null) {
            if (ifMatch.trim().equals("*")) {
                return Precondition.NONE;
            }
            Matcher m = ETAG.matcher(ifMatch);
            if (!m.matches()) {
                throw new ApiException(
                        HttpStatus.PRECONDITION_FAILED,
                        "version_mismatch",
                        "If-Match " + ifMatch + " names no version of this image.");
            }
            return Precondition.strict(Long.parseLong(m.group(1)));
        }
        if (expected != null) {
            if (!expected.trim().matches("\\d{1,18}")) {
                throw ApiException.badRequest("Expected-Version must be a non-negative integer.");
            }
            return Precondition.fields(Long.parseLong(expected.trim()));
        }
        return Precondition.NONE;
    }
}
