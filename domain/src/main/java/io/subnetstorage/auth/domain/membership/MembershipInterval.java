package io.subnetstorage.auth.domain.membership;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stretch of a hotkey's presence on the metagraph: from the first accepted snapshot that showed it to
 * the first that no longer did ({@code left} empty while it is still there).
 */
public record MembershipInterval(Instant joined, Optional<Instant> left) {

    public MembershipInterval {
        Objects.requireNonNull(joined, "joined");
        Objects.requireNonNull(left, "left");
        if (left.isPresent() && left.get().isBefore(joined)) {
            throw new IllegalArgumentException("an interval ends after it starts");
        }
    }

    /**
     * Whether the hotkey was present during the Unix second {@code second}. Snapshots are taken at instants,
     * signatures carry whole seconds, so the joining second counts and the leaving second does not.
     */
    public boolean coversSecond(long second) {
        return second >= joined.getEpochSecond() && left.map(end -> second < end.getEpochSecond()).orElse(true);
    }
}
