package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import java.time.Instant;
import java.util.Optional;

/**
 * A {@link ReplayGuard} claim and a {@link QuotaLimiter} charge as one atomic step, for a grant with nothing
 * to check between the two (SPEC §3 puts the object-exists and storage-cap checks there). The answer is the
 * two calls' in order: a key already used charges nothing; a first use spends the key whatever the quota
 * says. Where both live in one store it is one round trip instead of two. Throws {@link DependencyUnavailable}
 * when the store cannot be reached.
 */
public interface SingleUseCharges {

    /** Empty when the key was already used (nothing charged); else the charge's outcome, the key now spent. */
    Optional<QuotaOutcome> claimAndCharge(ReplayClaim.SingleUse claim, QuotaCharge charge, Instant now);
}
