package org.imageledger.query.rebuild;

import java.time.Instant;
import org.imageledger.events.ImageEvent;

/** One event as the rebuild folds it: its global position, its image and version, payload and recording time. */
record StoredEvent(long position, String imageId, long version, ImageEvent event, Instant recordedAt) {}
