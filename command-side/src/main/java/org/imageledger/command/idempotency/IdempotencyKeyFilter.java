package org.imageledger.command.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import java.util.regex.Pattern;
import org.imageledger.infrastructure.access.AuthenticationFilter;
import org.imageledger.infrastructure.web.ApiException;
import org.imageledger.infrastructure.web.ErrorResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Idempotency-Key} on a write to the images API (but image data): refuses a malformed key (400), and for
 * a valid one reads the body (at most 1 MiB, the request limit) to fingerprint the request, which handlers then read
 * again.
 */
class IdempotencyKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private static final Set<String> WRITES = Set.of("POST", "PATCH", "PUT", "DELETE");
    /**
     * Image data: streamed, never buffered, so it cannot be fingerprinted; a repeated upload is refused with 409 once
     * the first has made the image active.
     */
    private static final Pattern NOT_COVERED = Pattern.compile("/v2/images/[^/]+/file");
    /** The draft's header is a structured-field string; a bare token is taken as well. */
    private static final Pattern KEY = Pattern.compile("\"?([\\x20-\\x21\\x23-\\x5b\\x5d-\\x7e]{1,255})\"?");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return request.getHeader(HEADER) == null
                || !WRITES.contains(request.getMethod())
                || !path.startsWith("/v2/")
                || NOT_COVERED.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HEADER).strip();
        var key = KEY.matcher(header);
        if (!key.matches()
                || header.startsWith("\"") != header.endsWith("\"")
                || key.group(1).isBlank()) {
            ErrorResponses.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "bad_request",
                    "Idempotency-Key must be 1 to 255 printable ASCII characters, optionally in double quotes.");
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (ApiException e) {
            ErrorResponses.write(request, response, e.status(), e.type(), e.getMessage());
            return;
        }
        String project = AuthenticationFilter.callerOf(request).project();
        request.setAttribute(
                IdempotentRequest.ATTRIBUTE, new IdempotentRequest(project, key.group(1), fingerprint(request, body)));
        chain.doFilter(new ReadAgain(request, body), response);
    }

    /** Method, path and query, media type and body: a retry must repeat all of them to get the stored answer. */
    private static byte[] fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            String contentType = request.getContentType() == null ? "" : request.getContentType();
            sha256.update((request.getMethod() + "\n" + request.getRequestURI() + query + "\n" + contentType + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return sha256.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The request with its body, already read, to be read again. */
    private static final class ReadAgain extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("bodies are read blocking");
                }
            };
        }
    }
}
