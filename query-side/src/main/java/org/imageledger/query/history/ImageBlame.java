package org.imageledger.query.history;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who last set each field. The creation sets every field, null ones included; after it, a field is credited to the
 * last event whose history entry lists it, so blame and history always agree.
 */
class ImageBlame {

    private final ImageEvents events;

    ImageBlame(ImageEvents events) {
        this.events = events;
    }

    /** Empty for an image with no events; a deleted image is blamed as it stood when deleted. */
    Optional<Blame> of(String imageId) {
        Iterator<RecordedEvent> replay = events.replay(imageId);
        Map<String, RecordedEvent> setBy = new HashMap<>();
        RecordedEvent last = null;
        while (replay.hasNext()) {
            RecordedEvent event = replay.next();
            if (event.before() == null) {
                event.after().fieldValues().keySet().forEach(field -> setBy.put(field, event));
            } else {
                event.changes().forEach(change -> setBy.put(change.field(), event));
            }
            last = event;
        }
        if (last == null) {
            return Optional.empty();
        }
        // only the events that set a present field are asked for their metadata
        Map<String, FieldOrigin> present = new LinkedHashMap<>();
        last.after().fieldValues().keySet().forEach(field -> present.put(field, FieldOrigin.of(setBy.get(field))));
        return Optional.of(new Blame(imageId, last.version(), present));
    }
}
