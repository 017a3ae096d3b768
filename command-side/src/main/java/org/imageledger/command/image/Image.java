package org.imageledger.command.image;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageData;
import org.imageledger.events.ImageDataUploadFailed;
import org.imageledger.events.ImageDataUploadStarted;
import org.imageledger.events.ImageDataUploaded;
import org.imageledger.events.ImageDeactivated;
import org.imageledger.events.ImageDeleted;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageField;
import org.imageledger.events.ImageMember;
import org.imageledger.events.ImageMemberAdded;
import org.imageledger.events.ImageMemberRemoved;
import org.imageledger.events.ImageMemberStatusChanged;
import org.imageledger.events.ImageReactivated;
import org.imageledger.events.ImageState;
import org.imageledger.events.ImageTagRemoved;

/**
 * One image, event-sourced. Each handler checks the precondition and the image's rules, then applies one event per
 * field that really changes, and answers the state after the change. The state itself is the shared fold.
 */
@Aggregate(repository = "imageRepository")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Image {

    /** Glance's default {@code image_member_quota}. */
    static final int MAX_MEMBERS = 128;

    @AggregateIdentifier
    private String id;

    private ImageState state;

    Image() {
        // for Axon, which creates the image here and rebuilds it from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    ImageState handle(CreateImage command) {
        ImageAccess.checkCreate(command.caller(), command.values());
        ImageDraft draft = ImageDraft.of(command.values());
        draft.checkLimits();
        apply(draft.created(command.imageId()));
        return state;
    }

    @CommandHandler
    ImageState handle(UpdateImage command, ConflictResolver resolver) {
        ImageAccess.checkChange(command.caller(), state);
        Set<String> fields = new HashSet<>();
        command.operations().forEach(op -> fields.addAll(ImageDraft.targets(op, state)));
        command.precondition().check(fields, resolver);
        ImageDraft draft = ImageDraft.of(state);
        command.operations().forEach(draft::apply);
        draft.checkLimits();
        draft.checkAccess(command.caller(), state);
        return decide(draft);
    }

    @CommandHandler
    ImageState handle(AddImageTag command, ConflictResolver resolver) {
        ImageAccess.checkChange(command.caller(), state);
        command.precondition().check(Set.of(ImageField.tag(command.tag())), resolver);
        ImageDraft draft = ImageDraft.of(state);
        draft.addTag(command.tag());
        draft.checkLimits();
        return decide(draft);
    }

    @CommandHandler
    ImageState handle(RemoveImageTag command, ConflictResolver resolver) {
        ImageAccess.checkChange(command.caller(), state);
        command.precondition().check(Set.of(ImageField.tag(command.tag())), resolver);
        if (!state.tags().contains(command.tag())) {
            throw new TagNotFound(id, command.tag());
        }
        apply(new ImageTagRemoved(id, command.tag()));
        return state;
    }

    @CommandHandler
    ImageState handle(DeleteImage command, ConflictResolver resolver) {
        ImageAccess.checkChange(command.caller(), state);
        command.precondition().check(state.fieldValues().keySet(), resolver);
        if (state.isProtected()) {
            throw new ImageProtected(id);
        }
        apply(new ImageDeleted(id));
        return state;
    }

    @CommandHandler
    ImageState handle(DeactivateImage command) {
        ImageAccess.checkChange(command.caller(), state);
        if (ImageState.QUEUED.equals(state.status())) {
            throw new ImageStillQueued("deactivate");
        }
        if (ImageState.ACTIVE.equals(state.status())) {
            apply(new ImageDeactivated(id));
        }
        return state;
    }

    @CommandHandler
    ImageState handle(ReactivateImage command) {
        ImageAccess.checkChange(command.caller(), state);
        if (ImageState.QUEUED.equals(state.status())) {
            throw new ImageStillQueued("reactivate");
        }
        if (ImageState.DEACTIVATED.equals(state.status())) {
            apply(new ImageReactivated(id));
        }
        return state;
    }

    @CommandHandler
    ImageState handle(StartImageUpload command) {
        ImageAccess.checkChange(command.caller(), state);
        if (!ImageState.QUEUED.equals(state.status())) {
            throw new StatusTransitionRefused(
                    "Image status transition from " + state.status() + " to saving is not allowed");
        }
        if (state.diskFormat() == null || state.containerFormat() == null) {
            throw new FormatsMissing();
        }
        apply(new ImageDataUploadStarted(id));
        return state;
    }

    @CommandHandler
    ImageState handle(CompleteImageUpload command) {
        if (!ImageState.SAVING.equals(state.status())) {
            throw new StatusTransitionRefused(
                    "Image " + id + " is " + state.status() + ", so its upload cannot complete.");
        }
        ImageData data = command.data();
        apply(new ImageDataUploaded(
                id,
                data.size(),
                data.virtualSize(),
                data.checksum(),
                data.osHashAlgo(),
                data.osHashValue(),
                data.location()));
        return state;
    }

    @CommandHandler
    ImageState handle(FailImageUpload command) {
        if (ImageState.SAVING.equals(state.status())) {
            apply(new ImageDataUploadFailed(id, command.reason()));
        }
        return state;
    }

    @CommandHandler
    ImageState handle(AddImageMember command) {
        ImageAccess.checkSharing(command.caller(), state);
        if (state.members().containsKey(command.member())) {
            throw new MemberAlreadyExists(id, command.member());
        }
        if (state.members().size() >= MAX_MEMBERS) {
            throw new LimitExceeded(
                    "The limit has been exceeded on the number of allowed image members for this image.");
        }
        apply(new ImageMemberAdded(id, command.member()));
        return state;
    }

    @CommandHandler
    ImageState handle(ChangeImageMemberStatus command) {
        ImageAccess.checkAnswer(command.caller(), state, command.member());
        ImageMember member = existingMember(command.member());
        if (!member.status().equals(command.status())) {
            apply(new ImageMemberStatusChanged(id, command.member(), command.status()));
        }
        return state;
    }

    @CommandHandler
    ImageState handle(RemoveImageMember command) {
        ImageAccess.checkSharing(command.caller(), state);
        existingMember(command.member());
        apply(new ImageMemberRemoved(id, command.member()));
        return state;
    }

    private ImageMember existingMember(String member) {
        ImageMember found = state.members().get(member);
        if (found == null) {
            throw new MemberNotFound(id, member);
        }
        return found;
    }

    /** The image as its events fold it, for the cache to weigh. */
    ImageState state() {
        return state;
    }

    private ImageState decide(ImageDraft draft) {
        List<ImageEvent> events = draft.changesFrom(state);
        events.forEach(event -> apply(event));
        return state;
    }

    @EventSourcingHandler
    void on(ImageEvent event, @Timestamp Instant recordedAt, @SequenceNumber Long version) {
        if (event instanceof ImageCreated created) {
            id = created.imageId();
        }
        state = ImageState.next(state, event, recordedAt, version);
        if (event instanceof ImageDeleted) {
            markDeleted();
        }
    }
}
