package io.subnetstorage.auth.bootstrap.metrics;

import io.subnetstorage.auth.application.port.out.AuditEvent;
import io.subnetstorage.auth.application.port.out.AuditTrail;

/**
 * The audit trail as use cases see it. Grants are counted where they are recorded ({@link MeteredGrantLedger}),
 * refusals where every one passes (the HTTP layer's refusal handler): the audit trail sees only requests
 * whose signature verified, so it is no place to count either.
 */
public final class MeteredAuditTrail implements AuditTrail {

    private final AuditTrail delegate;

    public MeteredAuditTrail(AuditTrail delegate) {
        this.delegate = delegate;
    }

    @Override
    public void append(AuditEvent event) {
        delegate.append(event);
    }
}
