package org.imageledger.query.history;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageEvent;
import org.imageledger.events.ImageOwnerChanged;
import org.imageledger.events.ImageState;
import org.imageledger.events.ImageVisibilityChanged;
import org.imageledger.infrastructure.access.Caller;
import org.imageledger.infrastructure.access.Visibility;
import org.imageledger.query.history.EventDecoder.PositionedEvent;

/**
 * Who may read an image's past: whoever may see the image as it is now (or was when deleted). Only the events that
 * set owner or visibility are read, so that checking access costs little even for an image with a long history.
 */
class ImageAudience {

    /** The stored type names of those events; an upcaster that renames one of them must add the old name here. */
    private static final List<String> OWNER_OR_VISIBILITY_EVENTS = List.of(
            ImageCreated.class.getName(), ImageOwnerChanged.class.getName(), ImageVisibilityChanged.class.getName());

    private final StoredEventRows rows;
    private final EventDecoder decoder;

    ImageAudience(StoredEventRows rows, EventDecoder decoder) {
        this.rows = rows;
        this.decoder = decoder;
    }

    /** False for an unknown image too: an image the caller may not see is not revealed to exist. */
    boolean includes(Caller caller, String imageId) {
        return current(imageId)
                .filter(image -> Visibility.maySee(caller, image.owner(), image.visibility()))
                .isPresent();
    }

    /**
     * The fold of only those events: every other field of the result is stale, but owner and visibility are what the
     * full fold gives, through the same {@link ImageState#next}.
     */
    private Optional<ImageState> current(String imageId) {
        ImageState image = null;
        for (PositionedEvent positioned : decoder.decode(rows.ofImage(imageId, OWNER_OR_VISIBILITY_EVENTS)).toList()) {
            DomainEventMessage<?> event = positioned.event();
            image = ImageState.next(
                    image, (ImageEvent) event.getPayload(), event.getTimestamp(), event.getSequenceNumber());
        }
        return Optional.ofNullable(image);
    }
}
