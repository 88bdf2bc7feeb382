package io.subnetstorage.auth.application.inprocess;

import io.subnetstorage.auth.application.testing.SingleUseChargesContract;

class ClaimThenChargeTest extends SingleUseChargesContract {

    @Override
    protected Counters counters() {
        InProcessReplayGuard replays = new InProcessReplayGuard();
        InProcessQuotaLimiter quotas = new InProcessQuotaLimiter();
        return new Counters(new ClaimThenCharge(replays, quotas), replays, quotas);
    }
}
