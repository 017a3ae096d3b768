package org.imageledger.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id of the service's own making, {@code req-<uuid>}, echoes it as {@code
 * X-Openstack-Request-Id} and makes it available to handlers (and to event metadata). A well-formed id the client
 * sent in the same header is kept apart, as Glance keeps a global request id: it is the client's name for the
 * request, never taken for ours, since any caller may send any id.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Openstack-Request-Id";
    public static final String ATTRIBUTE = RequestIdFilter.class.getName();
    private static final String CLIENT_ATTRIBUTE = ATTRIBUTE + ".client";

    private static final Pattern ACCEPTABLE = Pattern.compile("req-[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        if (given != null && ACCEPTABLE.matcher(given.strip()).matches()) {
            request.setAttribute(CLIENT_ATTRIBUTE, given.strip());
        }
        String id = "req-" + UUID.randomUUID();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put("requestId", id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
        }
    }

    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id == null ? "req-" + UUID.randomUUID() : id.toString();
    }

    /** The client's well-formed id for this request, if it sent one. */
    public static Optional<String> clientIdOf(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(CLIENT_ATTRIBUTE));
    }
}
