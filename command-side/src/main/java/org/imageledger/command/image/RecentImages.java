package org.imageledger.command.image;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * The images written most recently, within a memory budget, least recently used leaving first. Bounded by what the
 * images hold rather than by their number, because one image may carry megabytes of properties; and not by weak
 * references, which every young collection clears: under write load that comes every few hundred milliseconds. An
 * entry counts as {@link #UNWEIGHED} bytes until {@link #weigh} says what it holds. A budget of zero keeps nothing.
 */
final class RecentImages implements Cache {

    /** What an entry counts for until it is weighed: about an image without properties. */
    static final long UNWEIGHED = 1_024;

    private record Entry(Object value, long bytes) {}

    private final long budget;
    private final Map<Object, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long held;

    RecentImages(long budget) {
        if (budget < 0) {
            throw new IllegalArgumentException("the image cache's budget is zero or more bytes, not " + budget);
        }
        this.budget = budget;
    }

    /** Records what the image under the key holds, and makes room for it. */
    synchronized void weigh(Object key, long bytes) {
        Entry entry = entries.get(key);
        if (entry != null) {
            store(key, new Entry(entry.value(), bytes));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        Entry entry = entries.get(key);
        return entry == null ? null : (V) entry.value();
    }

    @Override
    public synchronized void put(Object key, Object value) {
        store(key, new Entry(value, UNWEIGHED));
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        boolean absent = !entries.containsKey(key);
        computeIfAbsent(key, () -> value);
        return absent;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        Entry entry = entries.get(key);
        if (entry != null) {
            return (T) entry.value();
        }
        T value = valueSupplier.get();
        store(key, new Entry(value, UNWEIGHED));
        return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Entry entry = entries.get(key);
        if (entry != null) {
            store(key, new Entry(update.apply((V) entry.value()), entry.bytes()));
        }
    }

    @Override
    public synchronized boolean remove(Object key) {
        Entry removed = entries.remove(key);
        if (removed != null) {
            held -= removed.bytes();
        }
        return removed != null;
    }

    @Override
    public synchronized void removeAll() {
        entries.clear();
        held = 0;
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized long heldBytes() {
        return held;
    }

    /** Nothing in the write path listens to the cache, so listeners are refused rather than silently never called. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("the image cache has no entry listeners");
    }

    private void store(Object key, Entry entry) {
        Entry replaced = entries.put(key, entry);
        held += entry.bytes() - (replaced == null ? 0 : replaced.bytes());
        Iterator<Entry> eldestFirst = entries.values().iterator();
        while (held > budget && eldestFirst.hasNext()) {
            held -= eldestFirst.next().bytes();
            eldestFirst.remove();
        }
    }
}
