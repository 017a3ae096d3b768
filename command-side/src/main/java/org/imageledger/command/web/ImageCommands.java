package org.imageledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.imageledger.command.idempotency.IdempotentCommand;
import org.imageledger.command.idempotency.IdempotentRequest;
import org.imageledger.command.image.Precondition;
import org.imageledger.command.web.AppendedPositions.Handled;
import org.imageledger.events.ImageState;
import org.imageledger.infrastructure.access.AuthenticationFilter;
import org.imageledger.infrastructure.store.AuditMetadata;
import org.imageledger.infrastructure.store.EventStoreTables;
import org.imageledger.infrastructure.store.EventsAppended;
import org.imageledger.infrastructure.web.ApiException;
import org.imageledger.infrastructure.web.RequestIdFilter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Sends image commands with who-sent-them metadata, waits for the outcome, and announces the acknowledged position so
 * that reads in this process can see the write.
 */
@Component
class ImageCommands {

    /** The actor of what the service does on its own, such as ending an upload that a stopped process left open. */
    static final String SERVICE_ACTOR = "image-ledger:service";

    private final CommandGateway gateway;
    private final EventStoreTables events;
    private final ApplicationEventPublisher publisher;

    ImageCommands(CommandGateway gateway, EventStoreTables events, ApplicationEventPublisher publisher) {
        this.gateway = gateway;
        this.events = events;
        this.publisher = publisher;
    }

    /** Sends a command for a request whose answer an Idempotency-Key does not cover (image data). */
    Written send(Object command, HttpServletRequest request, Precondition precondition) {
        return send(command, metaDataOf(request), precondition);
    }

    /** Sends a command for a request answered in this shape, kept with its events if it has an Idempotency-Key. */
    Written send(Object command, HttpServletRequest request, Precondition precondition, Reply reply) {
        MetaData metaData = metaDataOf(request);
        var keyed = IdempotentRequest.of(request);
        if (keyed.isPresent()) {
            String location = reply.location() == null ? null : reply.location().toString();
            metaData = metaData.and(
                    IdempotentCommand.METADATA,
                    keyed.get()
                            .answeredWith(
                                    reply.status().value(),
                                    location,
                                    reply.withETag(),
                                    reply.withBody(),
                                    reply.member()));
        }
        return send(command, metaData, precondition);
    }

    private static MetaData metaDataOf(HttpServletRequest request) {
        MetaData metaData = MetaData.with(
                        AuditMetadata.ACTOR,
                        AuthenticationFilter.callerOf(request).actor())
                .and(AuditMetadata.REQUEST_ID, RequestIdFilter.of(request))
                .and(AuditMetadata.CLIENT_ADDRESS, request.getRemoteAddr());
        var clientRequestId = RequestIdFilter.clientIdOf(request);
        if (clientRequestId.isPresent()) {
            metaData = metaData.and(AuditMetadata.CLIENT_REQUEST_ID, clientRequestId.get());
        }
        return metaData;
    }

    /** Sends a command that no request carries, on behalf of the service itself. */
    Written sendAsService(Object command) {
        return send(command, MetaData.with(AuditMetadata.ACTOR, SERVICE_ACTOR), Precondition.NONE);
    }

    private Written send(Object command, MetaData metaData, Precondition precondition) {
        Handled handled;
        try {
            handled = gateway.sendAndWait(
                    GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        } catch (ConflictingAggregateVersionException e) {
            throw aheadOfImage(e, precondition);
        }
        ImageState image = handled.image();
        long position = handled.appended().get();
        if (position == 0) {
            // a write that changed nothing appended nothing: its image is as its last event left it
            position = events.positionOf(image.id(), image.version());
        }
        publisher.publishEvent(new EventsAppended(position));
        return new Written(image, position);
    }

    /** The client named a version the image never reached. */
    private static ApiException aheadOfImage(ConflictingAggregateVersionException e, Precondition precondition) {
        HttpStatus status =
                precondition.kind() == Precondition.Kind.STRICT ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        return new ApiException(
                status,
                "version_mismatch",
                "Image " + e.getAggregateIdentifier() + " is at version " + e.getActualVersion() + ", not "
                        + e.getExpectedVersion() + ".",
                java.util.Map.of("current_version", e.getActualVersion()));
    }
}
