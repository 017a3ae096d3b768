package org.imageledger.infrastructure.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.imageledger.infrastructure.web.ErrorResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves {@code X-Auth-Token} (what the OpenStack clients send) to a {@link Caller} for every request but the
 * version documents, the health probe and the OpenAPI document. A missing or unknown token is refused with 401
 * before any handler runs.
 */
public class AuthenticationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Auth-Token";
    private static final String ATTRIBUTE = Caller.class.getName();

    private final TokenRegistry tokens;

    public AuthenticationFilter(TokenRegistry tokens) {
        this.tokens = tokens;
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
        Optional<Caller> caller = token == null || token.isBlank() ? Optional.empty() : tokens.callerFor(token.trim());
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Keystone uri=\"\"");
            ErrorResponses.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized",
                    "This server could not verify that you are authorized to access the document you requested.");
            return;
        }
        request.setAttribute(ATTRIBUTE, caller.get());
        chain.doFilter(request, response);
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
