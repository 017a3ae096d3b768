package org.imageledger.command.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.imageledger.events.ImageState;
import org.imageledger.infrastructure.glance.ImageDocument;
import org.imageledger.infrastructure.glance.ImageMemberDocument;

/**
 * Runs a keyed command inside its unit of work, whose Spring transaction also appends the events: takes the key (or
 * refuses while another request holds it), gives back the stored answer instead of handling the command again, and
 * otherwise stores the answer in that transaction once the handler has run. So the answer is kept if and only if the
 * events are.
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
            throw new AlreadyAnswered(
                    stored.get(), command.sameRequestAs(stored.get().fingerprint()));
        }
        Object result = chain.proceed();
        if (result instanceof ImageState image) {
            // same transaction as the events the handler applied, which the event store appends as it commits: both
            // are kept or neither; stored now, so the append's commit-order lock is not held any longer for it
            answers.store(command, image.id(), image.version(), command.withBody() ? body(command, image) : null);
        }
        return result;
    }

    private byte[] body(IdempotentCommand command, ImageState image) throws JsonProcessingException {
        if (command.member() != null) {
            return json.writeValueAsBytes(ImageMemberDocument.of(
                    image.id(), command.member(), image.members().get(command.member())));
        }
        return json.writeValueAsBytes(ImageDocument.of(image));
    }
}
