package org.imageledger.infrastructure.access;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.imageledger.infrastructure.web.ErrorResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves {@code X-Auth-Token} (what the OpenStack clients send) to a {@link Caller}. A missing or unknown token is
 * refused with 401 before any handler runs, except on the open documents (the version documents, the health probe
 * and the OpenAPI document); a token the identity service could not be asked about with 503, so that a client
 * retries rather than re-authenticates.
 *
 * <p>What no token vouches for, the open documents and the 401s alike, goes at the {@link AnonymousPacing} pace:
 * a request beyond it is answered when its slot comes, from a timer, holding no request thread meanwhile, and one
 * that would wait longer than the longest delay answers 429 one {@code Retry-After} later, also from the timer.
 * Authenticated callers are never paced.
 */
public class AuthenticationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Auth-Token";
    private static final Logger log = LoggerFactory.getLogger(AuthenticationFilter.class);
    private static final String ATTRIBUTE = Caller.class.getName();
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Authenticator authenticator;
    private final String challenge;
    private final AnonymousPacing pacing;

    /** @param identityUri where a refused client gets a token, named in {@code WWW-Authenticate} (empty if none) */
    AuthenticationFilter(Authenticator authenticator, String identityUri, AnonymousPacing pacing) {
        this.authenticator = authenticator;
        this.challenge = "Keystone uri=\"" + identityUri + "\"";
        this.pacing = pacing;
    }

    static boolean isHealth(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals("/")
                || path.equals("/versions")
                || isHealth(request)
                || path.equals("/v3/api-docs")
                || path.startsWith("/v3/api-docs/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean open = isOpen(request);
        String token = request.getHeader(HEADER);
        Optional<Caller> caller;
        try {
            caller = token == null || token.isBlank() ? Optional.empty() : authenticator.callerFor(token.trim());
        } catch (IdentityUnavailable e) {
            if (!open) {
                log.warn("Cannot authenticate a request: {}", e.getMessage());
                ErrorResponses.write(
                        request,
                        response,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "identity_unavailable",
                        "The identity service cannot be reached; try again later.");
                return;
            }
            caller = Optional.empty();
        }
        if (caller.isPresent()) {
            request.setAttribute(ATTRIBUTE, caller.get());
            chain.doFilter(request, response);
            return;
        }
        long wait = pacing.reserve(request);
        if (wait == AnonymousPace.REFUSED) {
            // held as long as Retry-After says, so that a client that ignores it cannot spin on refusals
            answer(request, response, RETRY_AFTER.toNanos(), this::tooMany);
        } else if (open && wait > 0 && request.isAsyncSupported()) {
            // the container's dispatch serves the document, passing this filter by as already run
            pacing.after(wait, hold(request, response)::dispatch);
        } else if (open) {
            chain.doFilter(request, response);
        } else {
            answer(request, response, wait, this::refuse);
        }
    }

    /** Writes the answer once {@code waitNanos} have passed, from the pacing's timer, holding no request thread. */
    private void answer(HttpServletRequest request, HttpServletResponse response, long waitNanos, Answer answer)
            throws IOException {
        if (waitNanos <= 0 || !request.isAsyncSupported()) {
            answer.write(request, response);
            return;
        }
        AsyncContext later = hold(request, response);
        pacing.after(waitNanos, () -> {
            try {
                answer.write((HttpServletRequest) later.getRequest(), (HttpServletResponse) later.getResponse());
            } catch (IOException | RuntimeException gone) {
                log.debug("A paced answer could not be sent: {}", gone.toString());
            } finally {
                later.complete();
            }
        });
    }

    private AsyncContext hold(HttpServletRequest request, HttpServletResponse response) {
        AsyncContext later = request.startAsync(request, response);
        later.setTimeout(pacing.holdLimit().toMillis());
        return later;
    }

    private void tooMany(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
        ErrorResponses.write(
                request,
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "too_many_requests",
                "Too many requests without a token are waiting; try again later.");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        ErrorResponses.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "unauthorized",
                "This server could not verify that you are authorized to access the document you requested.");
    }

    @Override
    public void destroy() {
        pacing.close();
    }

    /** The caller the filter resolved for this request. */
    public static Caller callerOf(HttpServletRequest request) {
        Object caller = request.getAttribute(ATTRIBUTE);
        if (caller instanceof Caller known) {
            return known;
        }
        throw new IllegalStateException(
                "no caller: the authentication filter did not run for " + request.getRequestURI());
    }

    /** How an answer is written, now or from the pacing's timer. */
    @FunctionalInterface
    private interface Answer {
        void write(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }
}
