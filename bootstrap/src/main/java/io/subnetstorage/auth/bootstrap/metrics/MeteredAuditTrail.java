package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.AuditEvent;
import io.subnetstorage.auth.application.port.out.AuditTrail;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Counts the grants the audit trail records, by role and backend. Refusals are counted where every one of
 * them passes, the HTTP layer's refusal handler: the audit trail sees only requests whose signature verified.
 */
public final class MeteredAuditTrail implements AuditTrail {

    private final AuditTrail delegate;
    private final MeterRegistry meters;
    private final Supplier<String> backend;

    public MeteredAuditTrail(AuditTrail delegate, MeterRegistry meters, Supplier<String> backend) {
        this.delegate = delegate;
        this.meters = meters;
        this.backend = backend;
    }

    @Override
    public void append(AuditEvent event) {
        String role = event.role().name().toLowerCase(Locale.ROOT);
        if (event.allowed()) {
            Counter.builder("ssa.grants.issued").description("Grants handed out")
                    .tag("role", role).tag("backend", backend.get()).register(meters).increment();
        }
        delegate.append(event);
    }
}
