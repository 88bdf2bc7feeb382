package io.subnetstorage.auth.client;

import java.time.Duration;

/** How often and how patiently a failed transfer is tried again: exponential backoff with a cap. */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    /** The pause before attempt {@code attempt + 1}, doubling from {@link #initialDelay()}. */
    Duration delayAfter(int attempt) {
        long millis = initialDelay.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }
}
