package org.imageledger.command.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.imageledger.events.ImageDocument;
import org.imageledger.events.ImageState;

/**
 * Runs a keyed command inside its unit of work, whose Spring transaction also appends the events: takes the key (or
 * refuses while another request holds it), gives back the stored answer instead of handling the command again, and
 * otherwise stores the answer after the events have been appended, before the transaction commits. So the answer is
 * kept if and only if the events are.
 */
class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final StoredAnswers answers;
    private final ObjectMapper json;

    IdempotencyInterceptor(StoredAnswers answers, ObjectMapper json) {
        this.answers = answers;
        this.json = json;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object keyed = unitOfWork.getMessage().getMetaData().get(IdempotentCommand.METADATA);
        if (!(keyed instanceof IdempotentCommand command)) {
            return chain.proceed();
        }
        if (!answers.tryTake(command.project(), command.key())) {
            throw new RequestInFlight();
        }
        var stored = answers.find(command.project(), command.key());
        if (stored.isPresent()) {
            throw new AlreadyAnswered(stored.get(), command.sameRequestAs(stored.get().fingerprint()));
        }
        Object result = chain.proceed();
        if (result instanceof ImageState image) {
            byte[] body = command.withBody() ? body(image) : null;
            // registered after the handler applied its events, so it runs after the event store's own prepare-commit
            // step has appended them, in the same transaction
            unitOfWork.onPrepareCommit(u -> answers.store(command, image.id(), image.version(), body));
        }
        return result;
    }

    private byte[] body(ImageState image) throws JsonProcessingException {
        return json.writeValueAsBytes(ImageDocument.of(image));
    }
}
