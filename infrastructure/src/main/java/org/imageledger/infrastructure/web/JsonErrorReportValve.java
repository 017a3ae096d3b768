package org.imageledger.infrastructure.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word on a request it refused before any servlet saw it (a header too large, a path it will not
 * decode), in the one error shape instead of its HTML page.
 */
public final class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null) {
            status = code < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String message = status.is5xxServerError()
                ? "The server failed to complete the request; nothing was acknowledged."
                : "The request was refused: " + status.getReasonPhrase() + ".";
        ErrorMedia media = ErrorMedia.forAccept(request.getHeader(HttpHeaders.ACCEPT));
        byte[] body = media.render(ErrorBody.of(status, status.name().toLowerCase(Locale.ROOT), message, Map.of()));
        try {
            response.setContentType(media.type().toString());
            Writer writer = response.getReporter();
            if (writer != null) {
                // the body is ASCII: fixed messages, no client text
                writer.write(new String(body, StandardCharsets.US_ASCII));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written any more: nothing left to tell
        }
    }
}
