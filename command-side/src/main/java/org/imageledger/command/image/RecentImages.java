package org.imageledger.command.image;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Policy;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.imageledger.events.ImageState;

/**
 * The images written recently, within a memory budget; Caffeine chooses which leave, by how recently and how often
 * each was used. Bounded by what the images hold rather than by their number, because one image may carry megabytes
 * of properties; and not by weak references, which every young collection clears: under write load that comes every
 * few hundred milliseconds. An entry counts as {@link #UNWEIGHED} bytes until {@link #weigh} gives the state it
 * holds. A budget of zero keeps nothing.
 */
final class RecentImages implements Cache {

    /** What an entry counts for until it is weighed: about an image without properties. */
    static final int UNWEIGHED = 1_024;

    /** What the repository keeps, and the image state it was weighed by, if any yet. */
    private record Entry(Object value, ImageState weighed) {

        int bytes() {
            return weighed == null ? UNWEIGHED : ImageFootprint.of(weighed);
        }
    }

    private final ConcurrentMap<Object, Entry> entries;
    private final Policy.Eviction<Object, Entry> eviction;

    RecentImages(long budget) {
        if (budget < 0) {
            throw new IllegalArgumentException("the image cache's budget is zero or more bytes, not " + budget);
        }
        // evicting on the writing thread holds the budget after every write, not some time later
        var cache = Caffeine.newBuilder()
                .maximumWeight(budget)
                .weigher((Object key, Entry entry) -> entry.bytes())
                .executor(Runnable::run)
                .build();
        this.entries = cache.asMap();
        this.eviction = cache.policy().eviction().orElseThrow();
    }

    /** Weighs the image under the key by the state it holds, and makes room for it. */
    void weigh(Object key, ImageState state) {
        entries.computeIfPresent(key, (k, entry) -> new Entry(entry.value(), state));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Entry entry = entries.get(key);
        return entry == null ? null : (V) entry.value();
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, new Entry(value, null));
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, new Entry(value, null)) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.computeIfAbsent(key, k -> new Entry(valueSupplier.get(), null))
                .value();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (k, entry) -> new Entry(update.apply((V) entry.value()), entry.weighed()));
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    int size() {
        return entries.size();
    }

    long heldBytes() {
        return eviction.weightedSize().orElseThrow();
    }

    /** Nothing in the write path listens to the cache, so listeners are refused rather than silently never called. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("the image cache has no entry listeners");
    }
}
