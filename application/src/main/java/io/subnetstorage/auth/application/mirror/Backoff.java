package io.subnetstorage.auth.application.mirror;

import java.time.Duration;
import java.time.Instant;

/**
 * Waits that double from {@code first} up to {@code max}: between the attempts of one object
 * ({@link #OBJECT}, by its attempt count), and while a whole mirror is unavailable ({@link #MIRROR}).
 */
record Backoff(Duration first, Duration max) {

    static final Backoff OBJECT = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6));
    static final Backoff MIRROR = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5));

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    Duration after(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 30));
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    Instant next(int failures, Instant now) {
        return now.plus(after(failures));
    }
}
