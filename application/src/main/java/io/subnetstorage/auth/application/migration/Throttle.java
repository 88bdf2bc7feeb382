package io.subnetstorage.auth.application.migration;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * MIGRATION_MAX_REQUESTS_PER_MINUTE across every migration this instance runs: each store request waits for its
 * turn, evenly spaced, so a migration never floods the stores the live service also uses. Only one migration runs
 * at a time per migration id, and instances share nothing here: the limit is per instance.
 */
final class Throttle {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private long next;

    Throttle(int perMinute, LongSupplier nanoTime, Sleeper sleeper) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("at least one request a minute");
        }
        this.intervalNanos = Duration.ofMinutes(1).toNanos() / perMinute;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.next = nanoTime.getAsLong();
    }

    /** Waits until the next request may go. */
    void acquire() {
        long wait;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            long slot = Math.max(next, now);
            next = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }
}
