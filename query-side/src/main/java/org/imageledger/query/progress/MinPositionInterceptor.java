package org.imageledger.query.progress;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.imageledger.infrastructure.web.ApiException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Holds a read of the projection until it has applied the position the client asks for in {@code Min-Position}, or,
 * with read-your-writes {@code local}, the last write acknowledged in this process; 503 if it does not get there in
 * time. Only reads of the projection wait ({@link ProgressWebConfiguration} names them; every other endpoint ignores
 * the header), and only so many at once: a read that would wait beyond that budget is answered 503 at once, so that
 * callers asking for positions far ahead cannot hold the request threads every other caller needs.
 */
@Component
class MinPositionInterceptor implements HandlerInterceptor {

    static final String HEADER = "Min-Position";
    static final String WAITING_READS = "image_ledger.min_position.waiting_reads";

    private static final String AS_OF_VERSION = "as_of_version";
    private static final String AS_OF = "as_of";
    private static final Pattern POSITION = Pattern.compile("[0-9]{1,18}");

    private final ProjectionProgress progress;
    private final LocalWrites localWrites;
    private final boolean readYourWrites;
    private final Duration timeout;
    private final Semaphore waiters;

    MinPositionInterceptor(
            ProjectionProgress progress,
            LocalWrites localWrites,
            @Value("${image-ledger.read-your-writes}") String readYourWrites,
            @Value("${image-ledger.min-position.timeout}") Duration timeout,
            @Value("${image-ledger.min-position.max-waiting-reads}") int maxWaitingReads,
            ObjectProvider<MeterRegistry> meters) {
        this.progress = progress;
        this.localWrites = localWrites;
        this.readYourWrites = "local".equals(readYourWrites);
        this.timeout = timeout;
        this.waiters = new Semaphore(maxWaitingReads);
        meters.ifAvailable(
                registry -> Gauge.builder(WAITING_READS, waiters, w -> maxWaitingReads - w.availablePermits())
                        .description("Reads waiting for the projection to reach their Min-Position")
                        .register(registry));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        if (request.getParameter(AS_OF_VERSION) != null || request.getParameter(AS_OF) != null) {
            // the image as it was reads the events, not the projection
            return true;
        }
        long position = required(request.getHeader(HEADER));
        if (position <= 0 || progress.awaitApplied(position, Duration.ZERO)) {
            return true;
        }
        if (!waiters.tryAcquire()) {
            throw new WaitersFull();
        }
        try {
            if (!progress.awaitApplied(position, timeout)) {
                throw new ProjectionBehind(position);
            }
        } finally {
            waiters.release();
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
