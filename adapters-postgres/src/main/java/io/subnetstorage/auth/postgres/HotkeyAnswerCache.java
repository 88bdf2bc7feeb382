package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short-lived yes/no answers about hotkeys that every request asks (is it revoked? may it upload?), bounded so
 * junk hotkeys cannot grow it without end. A read that raced a change through this instance must not cache its
 * stale answer over the change, so reads cache only when no change was recorded since they started
 * ({@link #generation}).
 */
final class HotkeyAnswerCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(boolean answer, long expiresAtNanos) {
    }

    private final Map<Hotkey, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private long generation;

    HotkeyAnswerCache(Duration ttl) {
        this.ttlNanos = Math.max(0, ttl.toNanos());
    }

    /** The cached answer, or null when there is none or it is older than the TTL. */
    Boolean get(Hotkey hotkey) {
        Entry entry = entries.get(hotkey);
        if (entry == null || System.nanoTime() - entry.expiresAtNanos >= 0) {
            return null;
        }
        return entry.answer();
    }

    synchronized long generation() {
        return generation;
    }

    /** Caches what a read found, unless a change was recorded after the read began. */
    synchronized void cacheRead(Hotkey hotkey, boolean answer, long readGeneration) {
        if (readGeneration == generation) {
            put(hotkey, answer);
        }
    }

    /** Records a committed change: this instance answers with it from now on. */
    synchronized void recordChange(Hotkey hotkey, boolean answer) {
        generation++;
        put(hotkey, answer);
    }

    /** Records a committed change whose answer the next read must fetch. */
    synchronized void forget(Hotkey hotkey) {
        generation++;
        entries.remove(hotkey);
    }

    private void put(Hotkey hotkey, boolean answer) {
        if (ttlNanos == 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(hotkey, new Entry(answer, System.nanoTime() + ttlNanos));
    }
}
