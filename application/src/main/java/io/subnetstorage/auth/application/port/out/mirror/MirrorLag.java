package io.subnetstorage.auth.application.port.out.mirror;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How far one mirror is behind: objects still to copy or verify (pending, copied, failed), when the oldest of
 * them was found, and the conflicts waiting for an operator (not lag: no retry will settle them).
 */
public record MirrorLag(long objects, Optional<Instant> oldest, long conflicts) {

    public static final MirrorLag NONE = new MirrorLag(0, Optional.empty(), 0);

    public MirrorLag {
        Objects.requireNonNull(oldest, "oldest");
    }

    /** Age of the oldest object not yet verified; zero when none waits. */
    public Duration age(Instant now) {
        return oldest.map(found -> Duration.between(found, now)).filter(age -> !age.isNegative()).orElse(Duration.ZERO);
    }
}
