package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.replay.ReplayKey;
import java.time.Instant;

/**
 * Remembers what was already used. {@link #claim} is atomic: of two concurrent claims of one key,
 * exactly one wins. Throws {@link DependencyUnavailable} when the store cannot be reached.
 */
public interface ReplayGuard {

    /** True the first time {@code key} is claimed; the key is remembered at least until {@code keepUntil}. */
    boolean claim(ReplayKey key, Instant keepUntil);
}
