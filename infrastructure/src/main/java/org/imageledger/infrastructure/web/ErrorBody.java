package org.imageledger.infrastructure.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The one error body of every endpoint: Glance's {@code code}/{@code title}/{@code message} members, so its clients
 * can show the reason, plus problem-details {@code type}/{@code status}/{@code detail} and any extension members.
 */
public final class ErrorBody {

    private ErrorBody() {}

    public static Map<String, Object> of(
            HttpStatusCode status, String type, String message, Map<String, Object> extensions) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known == null ? "Error" : known.getReasonPhrase();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", status.value() + " " + title);
        body.put("title", title);
        body.put("message", message);
        body.put("type", type);
        body.put("status", status.value());
        body.put("detail", message);
        body.putAll(extensions);
        return body;
    }
}
