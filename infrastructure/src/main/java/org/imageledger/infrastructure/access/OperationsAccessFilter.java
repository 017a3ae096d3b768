package org.imageledger.infrastructure.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.imageledger.infrastructure.web.ErrorResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** The metrics say what every project does; only admins and auditors, who read everything, may read them. */
class OperationsAccessFilter extends OncePerRequestFilter {

    private static final String METRICS = "/actuator/prometheus";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(METRICS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!AuthenticationFilter.callerOf(request).readsEverything()) {
            ErrorResponses.write(
                    request,
                    response,
                    HttpStatus.FORBIDDEN,
                    "forbidden",
                    "Metrics are for the admin and auditor roles.");
            return;
        }
        chain.doFilter(request, response);
    }
}
