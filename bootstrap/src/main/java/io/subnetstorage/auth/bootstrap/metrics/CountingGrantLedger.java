package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.grant.AccessGrant;

/**
 * Counts grant writes that fail (the {@code database} series of {@code ssa_dependency_errors_total}) and
 * reports each outcome, so that /healthcheck says {@code database_ok: false} as soon as grants get 503.
 */
public final class CountingGrantLedger implements GrantLedger {

    private final GrantLedger delegate;
    private final DependencyErrors errors;

    public CountingGrantLedger(GrantLedger delegate, String backend, MeterRegistry meters, DependencyState writes) {
        this.delegate = delegate;
        this.errors = new DependencyErrors(meters, "database", backend, writes);
    }

    @Override
    public void record(AccessGrant grant, RequestOrigin origin) {
        errors.run(() -> delegate.record(grant, origin));
    }
}
