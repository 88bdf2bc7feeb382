package io.subnetstorage.auth.huggingface;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the client keeps trying one step against a Hub that throttles or fails. Each request gets at
 * most {@code maxAttempts} tries; the waits double from {@code firstBackoff} up to {@code maxBackoff},
 * unless the Hub names its own wait in {@code Retry-After}, which is honoured up to {@code maxRetryAfter}
 * (beyond that the file is reported {@link FailureKind#RATE_LIMITED} so the caller can schedule it later
 * instead of blocking a thread for an hour).
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    /** The wait before try {@code attempt + 1} after {@code attempt} failed tries (1-based). */
    Duration backoff(int attempt) {
        Duration wait = firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
