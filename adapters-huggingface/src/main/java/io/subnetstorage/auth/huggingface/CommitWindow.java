package io.subnetstorage.auth.huggingface;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code HF_MAX_COMMITS_PER_HOUR} commits in any sliding hour, shared by every thread of one
 * client. A caller over the limit reserves the earliest slot that keeps the window within it and waits
 * for it outside the lock, so concurrent callers queue in order rather than all waking at once.
 */
final class CommitWindow {

    static final Duration WINDOW = Duration.ofHours(1);

    private final int maxPerWindow;
    private final HubTime time;
    /** Start times of the commits in the last hour, and of reserved future ones, in ascending order. */
    private final Deque<Instant> starts = new ArrayDeque<>();

    CommitWindow(int maxPerWindow, HubTime time) {
        if (maxPerWindow < 1) {
            throw new IllegalArgumentException("maxPerWindow must be at least 1");
        }
        this.maxPerWindow = maxPerWindow;
        this.time = time;
    }

    /** Returns once one more commit may start; may wait up to an hour. */
    void acquire() throws InterruptedException {
        Instant slot = reserve();
        Duration wait = Duration.between(time.now(), slot);
        if (wait.compareTo(Duration.ZERO) > 0) {
            time.sleep(wait);
        }
    }

    private synchronized Instant reserve() {
        Instant now = time.now();
        while (!starts.isEmpty() && !starts.peekFirst().isAfter(now.minus(WINDOW))) {
            starts.pollFirst();
        }
        Instant slot = now;
        if (starts.size() >= maxPerWindow) {
            // The commit maxPerWindow places back must have left the window before this one starts.
            Instant blocking = starts.stream().skip(starts.size() - maxPerWindow).findFirst().orElseThrow();
            slot = later(slot, blocking.plus(WINDOW));
        }
        if (!starts.isEmpty()) {
            slot = later(slot, starts.peekLast());
        }
        starts.addLast(slot);
        return slot;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
