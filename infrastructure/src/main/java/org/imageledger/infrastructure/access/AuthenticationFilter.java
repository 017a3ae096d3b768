package org.imageledger.infrastructure.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.imageledger.infrastructure.web.ErrorResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves {@code X-Auth-Token} (what the OpenStack clients send) to a {@link Caller} for every request but the
 * version documents, the health probe and the OpenAPI document. A missing or unknown token is refused with 401
 * before any handler runs; a token the identity service could not be asked about with 503, so that a client retries
 * rather than re-authenticates.
 */
public class AuthenticationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Auth-Token";
    private static final Logger log = LoggerFactory.getLogger(AuthenticationFilter.class);
    private static final String ATTRIBUTE = Caller.class.getName();

    private final Authenticator authenticator;
    private final String challenge;

    /** @param identityUri where a refused client gets a token, named in {@code WWW-Authenticate} (empty if none) */
    public AuthenticationFilter(Authenticator authenticator, String identityUri) {
        this.authenticator = authenticator;
        this.challenge = "Keystone uri=\"" + identityUri + "\"";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals("/") || path.equals("/versions") || path.equals("/actuator/health")
                || path.startsWith("/actuator/health/") || path.equals("/v3/api-docs")
                || path.startsWith("/v3/api-docs/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(HEADER);
        Optional<Caller> caller;
        try {
            caller = token == null || token.isBlank() ? Optional.empty() : authenticator.callerFor(token.trim());
        } catch (IdentityUnavailable e) {
            log.warn("Cannot authenticate a request: {}", e.getMessage());
            refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, "identity_unavailable",
                    "The identity service cannot be reached; try again later.");
            return;
        }
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", challenge);
            refuse(request, response, HttpStatus.UNAUTHORIZED, "unauthorized",
                    "This server could not verify that you are authorized to access the document you requested.");
            return;
        }
        request.setAttribute(ATTRIBUTE, caller.get());
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String message) throws IOException {
        ErrorResponses.write(request, response, status, type, message);
    }

    /** The caller the filter resolved for this request. */
    public static Caller callerOf(HttpServletRequest request) {
        Object caller = request.getAttribute(ATTRIBUTE);
        if (caller instanceof Caller known) {
            return known;
        }
        throw new IllegalStateException("no caller: the authentication filter did not run for " + request.getRequestURI());
    }
}
