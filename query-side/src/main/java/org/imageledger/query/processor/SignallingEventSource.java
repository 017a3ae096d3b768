package org.imageledger.query.processor;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The event store as the pooled processor reads it, with streams that report new events. The processor's coordinator
 * re-polls a stream without an availability callback only every 500 ms (Axon 4.13 {@code Coordinator}), which would
 * dominate projection lag; with the callback it sleeps until this source's watcher, a tail on the store's shared
 * event cache, sees an event arrive. Closing the source stops the watcher.
 */
@Component
class SignallingEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SignallingEventSource.class);

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private Thread watcher;
    private volatile boolean closed;

    SignallingEventSource(EventStore store) {
        this.store = store;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new SignallingStream(store.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    private synchronized void watch(Runnable callback) {
        callbacks.add(callback);
        if (watcher == null && !closed) {
            watcher = new Thread(this::tailStore, "image-metadata-arrivals");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    private void tailStore() {
        while (!closed) {
            try (BlockingStream<TrackedEventMessage<?>> tail = store.openStream(store.createHeadToken())) {
                while (!closed) {
                    if (tail.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        while (tail.hasNextAvailable()) {
                            tail.nextAvailable();
                        }
                        callbacks.forEach(Runnable::run);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the coordinator still polls on its own, only slower: keep trying to watch
                log.warn("Watching the event store for new events failed; retrying", e);
                callbacks.forEach(Runnable::run);
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class SignallingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private Runnable callback;

        SignallingStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            watch(callback);
            return true;
        }

        @Override
        public void close() {
            if (callback != null) {
                callbacks.remove(callback);
            }
            delegate.close();
        }
    }
}
