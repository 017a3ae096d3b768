package org.imageledger.query.history;

import java.util.List;
import java.util.Optional;
import org.imageledger.events.ImageCreated;
import org.imageledger.events.ImageOwnerChanged;
import org.imageledger.events.ImageVisibilityChanged;
import org.imageledger.infrastructure.access.Caller;
import org.imageledger.infrastructure.access.Visibility;

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
        return current(imageId).filter(a -> Visibility.maySee(caller, a.owner(), a.visibility())).isPresent();
    }

    private Optional<Audience> current(String imageId) {
        Audience audience = null;
        for (Object payload : decoder.decode(rows.ofImage(imageId, OWNER_OR_VISIBILITY_EVENTS))
                .map(event -> event.event().getPayload())
                .toList()) {
            if (payload instanceof ImageCreated created) {
                audience = new Audience(created.owner(), created.visibility());
            } else if (payload instanceof ImageOwnerChanged changed && audience != null) {
                audience = new Audience(changed.owner(), audience.visibility());
            } else if (payload instanceof ImageVisibilityChanged changed && audience != null) {
                audience = new Audience(audience.owner(), changed.visibility());
            }
        }
        return Optional.ofNullable(audience);
    }

    private record Audience(String owner, String visibility) {}
}
