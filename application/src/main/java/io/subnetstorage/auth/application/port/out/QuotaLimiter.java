package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import java.time.Instant;

/**
 * Daily quotas, checked and charged in one atomic step. A refused request is not charged. Throws
 * {@link DependencyUnavailable} when the counters cannot be reached: there is no silent fallback.
 */
public interface QuotaLimiter {

    QuotaOutcome consume(Role role, Hotkey hotkey, Instant now);

    /** How many requests the whole service has been granted in the UTC day containing {@code now}. */
    long globalUsage(Instant now);

    /** Whether the counters can be reached now; for {@code /healthcheck}. */
    boolean reachable();
}
