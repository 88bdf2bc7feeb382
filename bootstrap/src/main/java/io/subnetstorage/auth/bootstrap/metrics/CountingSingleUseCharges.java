package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.SingleUseCharges;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts and reports outages of the one-step claim and charge without changing its answer. They count as the
 * replay store's, the step the two calls in order would have failed at first.
 */
public final class CountingSingleUseCharges implements SingleUseCharges {

    private final SingleUseCharges delegate;
    private final DependencyErrors errors;

    public CountingSingleUseCharges(SingleUseCharges delegate, String backend, MeterRegistry meters, DependencyState state) {
        this.delegate = delegate;
        this.errors = new DependencyErrors(meters, "replay-store", backend, state);
    }

    @Override
    public Optional<QuotaOutcome> claimAndCharge(ReplayClaim.SingleUse claim, QuotaCharge charge, Instant now) {
        return errors.guard(() -> delegate.claimAndCharge(claim, charge, now));
    }
}
