package io.subnetstorage.auth.application.port.in.mirror;

import java.time.Duration;
import java.util.Objects;

/**
 * What one round of a mirror's worker did, and how long the worker should wait before the next: not at all
 * while work is left, a poll interval when there was none, the mirror's backoff while it is unavailable.
 */
public record CopyRound(int claimed, int verified, int failed, Duration waitBeforeNext) {

    public CopyRound {
        Objects.requireNonNull(waitBeforeNext, "waitBeforeNext");
    }
}
