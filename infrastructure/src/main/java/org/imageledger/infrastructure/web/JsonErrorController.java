package org.imageledger.infrastructure.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Errors raised outside any handler (the container, a filter) get the same JSON shape as the rest. */
@RestController
public class JsonErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<byte[]> error(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            // asked for by name: there is no such resource
            return ErrorResponses.of(HttpStatus.NOT_FOUND, "not_found", "The resource could not be found.");
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (cause instanceof ApiException api) {
            return ErrorResponses.of(api.status(), api.type(), api.getMessage());
        }
        String message = status.is5xxServerError()
                ? "The server failed to complete the request; nothing was acknowledged."
                : status.getReasonPhrase() + ".";
        return ErrorResponses.of(status, status.name().toLowerCase(java.util.Locale.ROOT), message);
    }
}
