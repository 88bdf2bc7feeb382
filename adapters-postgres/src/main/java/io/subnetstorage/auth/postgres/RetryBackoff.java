package io.subnetstorage.auth.postgres;

import java.time.Duration;

/** Doubling waits between retries, capped, so a database outage costs little CPU and few log lines. */
final class RetryBackoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;

    RetryBackoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max.compareTo(initial) < 0 ? initial : max;
        this.next = initial;
    }

    Duration next() {
        Duration current = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return current;
    }

    void reset() {
        next = initial;
    }
}
