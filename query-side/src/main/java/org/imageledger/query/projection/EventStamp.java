package org.imageledger.query.projection;

import java.time.Instant;
import org.axonframework.eventhandling.TrackingToken;
import org.imageledger.infrastructure.store.EventPosition;

/**
 * What the projection needs to know of an event besides its payload: the image's version, when it was recorded, and
 * its global position.
 */
record EventStamp(long version, Instant recordedAt, long position) {

    static EventStamp of(long version, Instant recordedAt, TrackingToken token) {
        return new EventStamp(version, recordedAt, EventPosition.of(token));
    }
}
