package io.subnetstorage.auth.bootstrap.health;

import java.time.Duration;
import java.time.Instant;

/** An answer of a {@link CachedProbe} and when it was obtained, so that callers can say how old it is. */
public record Probed<T>(T value, Instant checkedAt) {

    public Duration age(Instant now) {
        return Duration.between(checkedAt, now);
    }
}
