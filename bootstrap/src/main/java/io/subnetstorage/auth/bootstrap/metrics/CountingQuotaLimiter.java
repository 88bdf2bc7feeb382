package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.QuotaLimiter;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.quota.QuotaCounter;
import io.subnetstorage.auth.domain.quota.QuotaOutcome;
import java.time.Instant;
import java.util.Optional;

/** Counts and reports rate-limiter outages (Redis errors) without changing what the limiter answers. */
public final class CountingQuotaLimiter implements QuotaLimiter {

    private final QuotaLimiter delegate;
    private final DependencyErrors errors;

    public CountingQuotaLimiter(QuotaLimiter delegate, String backend, MeterRegistry meters, DependencyState state) {
        this.delegate = delegate;
        this.errors = new DependencyErrors(meters, "rate-limiter", backend, state);
    }

    @Override
    public QuotaOutcome consume(QuotaCharge charge, Instant now) {
        return errors.guard(() -> delegate.consume(charge, now));
    }

    @Override
    public long usage(QuotaCounter counter, Optional<Hotkey> hotkey, Instant now) {
        return errors.guard(() -> delegate.usage(counter, hotkey, now));
    }

    @Override
    public boolean reachable() {
        boolean reachable = delegate.reachable();
        errors.observe(reachable, "no answer to PING");
        return reachable;
    }
}
