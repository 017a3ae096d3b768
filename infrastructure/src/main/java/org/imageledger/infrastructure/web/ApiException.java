package org.imageledger.infrastructure.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal the client caused, answered with its status and message in the single error shape. Extension members
 * (a conflict's list, the current version) travel with it.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final transient Map<String, Object> extensions;

    public ApiException(HttpStatus status, String type, String message, Map<String, Object> extensions) {
        super(message);
        this.status = status;
        this.type = type;
        this.extensions = Map.copyOf(extensions);
    }

    public ApiException(HttpStatus status, String type, String message) {
        this(status, type, message, Map.of());
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "bad_request", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", message);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
