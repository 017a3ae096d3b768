package org.imageledger.query.processor;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets the projection's transactions commit without waiting for the disk. Rows and token commit together, so a crash
 * loses both for the last moments, and the processor applies those events again; the events themselves stay durable.
 */
final class AsynchronousCommit implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String APPLIED = AsynchronousCommit.class.getName();

    private final JdbcTemplate jdbc;

    AsynchronousCommit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        // once per transaction, which a batch of events shares
        if (unitOfWork.root().resources().putIfAbsent(APPLIED, Boolean.TRUE) == null) {
            jdbc.execute("SET LOCAL synchronous_commit TO OFF");
        }
        return chain.proceed();
    }
}
