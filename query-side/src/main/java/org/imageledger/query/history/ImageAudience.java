package org.imageledger.query.history;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageMemberAdded;
import org.imageledger.events.ImageMemberRemoved;
import org.imageledger.events.ImageOwnerChanged;
import org.imageledger.events.ImageState;
import org.imageledger.events.ImageVisibilityChanged;
import org.imageledger.infrastructure.access.Caller;
import org.imageledger.infrastructure.access.Visibility;
import org.imageledger.infrastructure.store.EventStoreTables;
import org.imageledger.query.history.EventDecoder.PositionedEvent;

/**
 * Who may read an image's past: whoever may see the image as it is now (or was when deleted). Only the events that set
 * owner or visibility or add or remove members are read, so that checking access costs little even for an image with a
 * long history; and for an image checked recently only those after the version checked then, as a walk through a long
 * history asks once per page. An image's events are appended in version order, so nothing can appear below a version
 * once read.
 */
class ImageAudience {

    /** The stored type names of those events; an upcaster that renames one of them must add the old name here. */
    private static final List<String> OWNER_OR_VISIBILITY_EVENTS = List.of(
            ImageCreated.class.getName(),
            ImageOwnerChanged.class.getName(),
            ImageVisibilityChanged.class.getName(),
            ImageMemberAdded.class.getName(),
            ImageMemberRemoved.class.getName());

    private final EventStoreTables rows;
    private final EventDecoder decoder;
    private final Cache<String, Checked> checked;

    ImageAudience(EventStoreTables rows, EventDecoder decoder, int capacity) {
        this.rows = rows;
        this.decoder = decoder;
        this.checked = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    /** False for an unknown image too: an image the caller may not see is not revealed to exist. */
    boolean includes(Caller caller, String imageId) {
        return current(imageId)
                .filter(image -> Visibility.maySee(
                        caller,
                        image.owner(),
                        image.visibility(),
                        image.members().keySet()))
                .isPresent();
    }

    /**
     * The fold of only those events: every other field of the result is stale, but owner, visibility and the member
     * projects are what the full fold gives, through the same {@link ImageState#next}.
     */
    private Optional<ImageState> current(String imageId) {
        long last = rows.lastVersion(imageId);
        Checked known = checked.getIfPresent(imageId);
        if (known == null || known.version() > last) {
            known = new Checked(null, -1);
        }
        ImageState image = known.image();
        if (known.version() < last) {
            for (PositionedEvent positioned : decoder.decode(
                            rows.ofImage(imageId, OWNER_OR_VISIBILITY_EVENTS, known.version(), last))
                    .toList()) {
                DomainEventMessage<?> event = positioned.event();
                image = ImageState.next(
                        image, (ImageEvent) event.getPayload(), event.getTimestamp(), event.getSequenceNumber());
            }
            if (image != null) {
                checked.put(imageId, new Checked(image, last));
            }
        }
        return Optional.ofNullable(image);
    }

    /** The fold of an image's owner, visibility and membership events up to a version. */
    private record Checked(ImageState image, long version) {}
}
