package org.imageledger.infrastructure.store;

import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The global position of the last event a unit of work appended, as the append itself answered it. The events are
 * appended as the unit of work prepares its commit, so the position is known once it has committed.
 */
public final class AppendedPosition {

    private static final String RESOURCE = AppendedPosition.class.getName();

    private final AtomicLong last = new AtomicLong();

    private AppendedPosition() {}

    /** The unit of work's appended position, to be read after it has committed. */
    public static AppendedPosition of(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(RESOURCE, key -> new AppendedPosition());
    }

    static void record(long position) {
        CurrentUnitOfWork.ifStarted(unitOfWork -> of(unitOfWork).last.accumulateAndGet(position, Math::max));
    }

    /** 0 when the unit of work appended nothing. */
    public long get() {
        return last.get();
    }
}
