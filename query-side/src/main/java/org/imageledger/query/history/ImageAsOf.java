package org.imageledger.query.history;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Predicate;
import org.imageledger.events.ImageState;

/** The image exactly as it stood at a version or an instant: the fold of its events up to there. */
class ImageAsOf {

    private final ImageEvents events;

    ImageAsOf(ImageEvents events) {
        this.events = events;
    }

    /** Empty when the image never reached that version or was deleted by it. */
    Optional<ImageState> atVersion(String imageId, long version) {
        return fold(events.replay(imageId, version), e -> true).filter(image -> image.version() == version);
    }

    /**
     * Empty when the image was created after the instant or deleted by it. The events are taken in version order up to
     * the first one recorded after the instant, so the answer is always a state the image really had, even if writer
     * clocks disagreed.
     */
    Optional<ImageState> atInstant(String imageId, Instant instant) {
        return fold(events.replay(imageId), e -> !e.recordedAt().isAfter(instant));
    }

    private static Optional<ImageState> fold(Iterator<RecordedEvent> replay, Predicate<RecordedEvent> included) {
        ImageState state = null;
        while (replay.hasNext()) {
            RecordedEvent event = replay.next();
            if (!included.test(event)) {
                break;
            }
            state = event.after();
        }
        return Optional.ofNullable(state).filter(image -> !image.deleted());
    }
}
