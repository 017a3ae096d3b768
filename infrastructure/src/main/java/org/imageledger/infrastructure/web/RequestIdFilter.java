package org.imageledger.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, the client's {@code X-Openstack-Request-Id} when it is well formed, else a fresh
 * {@code req-<uuid>}, echoes it and makes it available to handlers (and to event metadata) as a request attribute.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Openstack-Request-Id";
    public static final String ATTRIBUTE = RequestIdFilter.class.getName();

    private static final Pattern ACCEPTABLE = Pattern.compile("req-[0-9a-fA-F-]{36}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && ACCEPTABLE.matcher(given).matches() ? given : "req-" + UUID.randomUUID();
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
}
