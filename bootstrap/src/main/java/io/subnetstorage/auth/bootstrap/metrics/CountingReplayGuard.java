package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.domain.replay.ReplayClaim;
import io.subnetstorage.auth.domain.replay.ReplayVerdict;
import java.time.Instant;

/** Counts and reports replay-store outages (Redis errors) without changing what the guard answers. */
public final class CountingReplayGuard implements ReplayGuard {

    private final ReplayGuard delegate;
    private final DependencyErrors errors;

    public CountingReplayGuard(ReplayGuard delegate, String backend, MeterRegistry meters, DependencyState state) {
        this.delegate = delegate;
        this.errors = new DependencyErrors(meters, "replay-store", backend, state);
    }

    @Override
    public ReplayVerdict claim(ReplayClaim claim, Instant now) {
        return errors.guard(() -> delegate.claim(claim, now));
    }
}
