package org.imageledger.query.progress;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.imageledger.infrastructure.web.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Holds a read until the projection has applied the position the client asks for in {@code Min-Position}, or, with
 * read-your-writes {@code local}, the last write acknowledged in this process; 503 if it does not get there in time.
 */
@Component
class MinPositionInterceptor implements HandlerInterceptor {

    static final String HEADER = "Min-Position";

    private static final Pattern POSITION = Pattern.compile("[0-9]{1,18}");

    private final ProjectionProgress progress;
    private final LocalWrites localWrites;
    private final boolean readYourWrites;
    private final Duration timeout;

    MinPositionInterceptor(
            ProjectionProgress progress,
            LocalWrites localWrites,
            @Value("${image-ledger.read-your-writes}") String readYourWrites,
            @Value("${image-ledger.min-position.timeout}") Duration timeout) {
        this.progress = progress;
        this.localWrites = localWrites;
        this.readYourWrites = "local".equals(readYourWrites);
        this.timeout = timeout;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        long position = required(request.getHeader(HEADER));
        if (position > 0 && !progress.awaitApplied(position, timeout)) {
            throw new ProjectionBehind(position);
        }
        return true;
    }

    private long required(String header) {
        if (header == null) {
            return readYourWrites ? localWrites.lastPosition() : 0;
        }
        String value = header.strip();
        if (!POSITION.matcher(value).matches()) {
            throw ApiException.badRequest("Invalid Min-Position header: expected a non-negative integer position.");
        }
        return Long.parseLong(value);
    }
}
