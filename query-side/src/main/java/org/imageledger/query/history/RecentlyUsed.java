package org.imageledger.query.history;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A map that keeps only its most recently used entries, safe to share between threads. */
final class RecentlyUsed<K, V> {

    private final Map<K, V> entries;

    RecentlyUsed(int capacity) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The value, or null if there is none (any more). */
    V get(K key) {
        return entries.get(key);
    }

    void put(K key, V value) {
        entries.put(key, value);
    }
}
