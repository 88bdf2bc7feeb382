package io.subnetstorage.auth.hippius;

import java.time.Duration;

/**
 * How the service's own calls wait out Hippius's 503s ({@code SlowDown}, {@code ServiceUnavailable}):
 * exponential backoff from {@code firstDelay}, at most {@code maxDelay} a wait (a longer {@code Retry-After}
 * is cut to it), {@code attempts} tries in all. The sleeper is injected so tests need not wait.
 */
record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay, Sleeper sleeper) {

    /** About 8 s of waiting in all: long enough for a stalled pipeline to catch up, short enough for a request. */
    static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(250), Duration.ofSeconds(4), Sleeper.THREAD);

    @FunctionalInterface
    interface Sleeper {
        Sleeper THREAD = pause -> Thread.sleep(pause.toMillis());

        void sleep(Duration pause) throws InterruptedException;
    }

    RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The wait before retry number {@code retry} (1 for the first), honouring the store's {@code Retry-After}. */
    Duration delay(int retry, Duration retryAfter) {
        Duration backoff = firstDelay.multipliedBy(1L << Math.min(retry - 1, 20));
        Duration wanted = retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
        return wanted.compareTo(maxDelay) > 0 ? maxDelay : wanted;
    }
}
