package org.imageledger.query.history;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import org.imageledger.events.ImageState;

/**
 * Images as they stood at the end of recently served history pages, so that the next page continues the fold there
 * instead of replaying from version 0: a walk through a long history then reads each event once rather than once per
 * page. Events never change, so a state at a version is never stale; the only policy is how many are kept. A miss,
 * on another node say, costs a replay, never a wrong answer.
 */
class FoldContinuations {

    private final Cache<Key, ImageState> states;

    FoldContinuations(int capacity) {
        this.states = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    Optional<ImageState> at(String imageId, long version) {
        return Optional.ofNullable(states.getIfPresent(new Key(imageId, version)));
    }

    void keep(ImageState state) {
        states.put(new Key(state.id(), state.version()), state);
    }

    private record Key(String imageId, long version) {}
}
