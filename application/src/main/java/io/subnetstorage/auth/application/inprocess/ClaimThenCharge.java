package io.subnetstorage.auth.application.inprocess;

import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.application.port.out.SingleUseCharges;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import io.subnetstorage.auth.domain.replay.ReplayVerdict;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link SingleUseCharges} as the two calls in order, for counters kept in this process, where a call costs
 * no round trip: the claim, then, on a first use only, the charge.
 */
public final class ClaimThenCharge implements SingleUseCharges {

    private final ReplayGuard replays;
    private final QuotaLimiter quotas;

    public ClaimThenCharge(ReplayGuard replays, QuotaLimiter quotas) {
        this.replays = replays;
        this.quotas = quotas;
    }

    @Override
    public Optional<QuotaOutcome> claimAndCharge(ReplayClaim.SingleUse claim, QuotaCharge charge, Instant now) {
        if (replays.claim(claim, now) != ReplayVerdict.FIRST_USE) {
            return Optional.empty();
        }
        return Optional.of(quotas.consume(charge, now));
    }
}
