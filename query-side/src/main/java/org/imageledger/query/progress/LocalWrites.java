package org.imageledger.query.progress;

import java.util.concurrent.atomic.AtomicLong;
import org.imageledger.infrastructure.store.EventsAppended;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The position of the last write acknowledged in this process, as the write side announces it. */
@Component
class LocalWrites {

    private final AtomicLong lastPosition = new AtomicLong();

    @EventListener
    void on(EventsAppended appended) {
        lastPosition.accumulateAndGet(appended.position(), Math::max);
    }

    long lastPosition() {
        return lastPosition.get();
    }
}
