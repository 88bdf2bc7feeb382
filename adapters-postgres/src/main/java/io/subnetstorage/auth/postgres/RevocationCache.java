package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short-lived answers to "is this hotkey revoked?", bounded so junk hotkeys cannot grow it without end.
 * A read that raced a revoke through this instance must not cache its stale answer over the revoke, so
 * reads cache only when no change was recorded since they started ({@link #generation}).
 */
final class RevocationCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(boolean revoked, long expiresAtNanos) {
    }

    private final Map<Hotkey, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private long generation;

    RevocationCache(Duration ttl) {
        this.ttlNanos = Math.max(0, ttl.toNanos());
    }

    /** The cached answer, or null when there is none or it is older than the TTL. */
    Boolean get(Hotkey hotkey) {
        Entry entry = entries.get(hotkey);
        if (entry == null || System.nanoTime() - entry.expiresAtNanos >= 0) {
            return null;
        }
        return entry.revoked();
    }

    synchronized long generation() {
        return generation;
    }

    /** Caches what a read found, unless a change was recorded after the read began. */
    synchronized void cacheRead(Hotkey hotkey, boolean revoked, long readGeneration) {
        if (readGeneration == generation) {
            put(hotkey, revoked);
        }
    }

    /** Records a committed revoke or reinstate: this instance answers with it from now on. */
    synchronized void recordChange(Hotkey hotkey, boolean revoked) {
        generation++;
        put(hotkey, revoked);
    }

    private void put(Hotkey hotkey, boolean revoked) {
        if (ttlNanos == 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(hotkey, new Entry(revoked, System.nanoTime() + ttlNanos));
    }
}
