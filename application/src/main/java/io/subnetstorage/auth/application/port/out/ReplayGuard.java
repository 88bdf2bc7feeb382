package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.replay.ReplayClaim;
import io.subnetstorage.auth.domain.replay.ReplayVerdict;
import java.time.Instant;

/**
 * Remembers what was already used. {@link #claim} is atomic: of two concurrent claims of one key,
 * exactly one wins. Throws {@link DependencyUnavailable} when the store cannot be reached.
 */
public interface ReplayGuard {

    /**
     * Claims a key, remembered at least until the claim's {@code keepUntil} (stores add a margin, so clock
     * skew between instances cannot reopen a window). {@code now} is the admitting gate's clock, so every
     * store judges expiry by the same time as the freshness check did.
     */
    ReplayVerdict claim(ReplayClaim claim, Instant now);
}
