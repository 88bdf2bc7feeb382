package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.RevocationRegistry;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Instant;

/** Counts and reports database failures of revocation reads and changes; every signed request reads. */
public final class CountingRevocationRegistry implements RevocationRegistry {

    private final RevocationRegistry delegate;
    private final DependencyErrors errors;

    public CountingRevocationRegistry(RevocationRegistry delegate, String backend, MeterRegistry meters, DependencyState database) {
        this.delegate = delegate;
        this.errors = new DependencyErrors(meters, "database", backend, database);
    }

    @Override
    public boolean isRevoked(Hotkey hotkey) {
        return errors.guard(() -> delegate.isRevoked(hotkey));
    }

    @Override
    public void revoke(Hotkey hotkey, String reason, String revokedBy, Instant at) {
        errors.run(() -> delegate.revoke(hotkey, reason, revokedBy, at));
    }

    @Override
    public boolean reinstate(Hotkey hotkey, String reinstatedBy, Instant at) {
        return errors.guard(() -> delegate.reinstate(hotkey, reinstatedBy, at));
    }
}
