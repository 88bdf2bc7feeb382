package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.quota.QuotaCounter;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import java.time.Instant;
import java.util.Optional;

/**
 * Daily counters, checked and charged in one atomic step: every line of a charge passes or none is
 * charged. Throws {@link DependencyUnavailable} when the counters cannot be reached: there is no silent
 * fallback. The limits travel with each charge, so the store holds counts, not policy.
 */
public interface QuotaLimiter {

    QuotaOutcome consume(QuotaCharge charge, Instant now);

    /** A counter's value in the UTC day containing {@code now}. */
    long usage(QuotaCounter counter, Optional<Hotkey> hotkey, Instant now);

    /** How many grants the whole service has handed out in the UTC day containing {@code now}. */
    default long globalUsage(Instant now) {
        return usage(QuotaCounter.GLOBAL, Optional.empty(), now);
    }

    /** Whether the counters can be reached now; for {@code /healthcheck}. */
    boolean reachable();
}
