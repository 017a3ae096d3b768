package org.imageledger.command.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.imageledger.events.ImageState;
import org.imageledger.infrastructure.store.AppendedPosition;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Hands each command's result back with the position its events were appended at, which the append itself answers
 * as the command's unit of work commits: the write's {@code Ledger-Position} needs no look-up afterwards. Axon's
 * Spring configuration puts every command handler interceptor bean on the command bus, in bean order; this one is
 * outermost, so that what it hands back is what the gateway answers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AppendedPositions implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        AppendedPosition appended = AppendedPosition.of(unitOfWork);
        return new Handled((ImageState) chain.proceed(), appended);
    }

    /** An image command's result: the image after it, and where its events went once the command has committed. */
    record Handled(ImageState image, AppendedPosition appended) {}
}
