package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import java.util.List;
import java.util.Locale;

/**
 * Counts {@code ssa_grants_issued_total{role,backend}}: one per answer that handed something out, by the role
 * and the store of its first grant, once the ledger has it (a grant that could not be recorded was not issued); the
 * status page's {@link RecentActivity} counts the same.
 */
public final class MeteredGrantLedger implements GrantLedger {

    private final GrantLedger delegate;
    private final MeterRegistry meters;
    private final RecentActivity activity;

    public MeteredGrantLedger(GrantLedger delegate, MeterRegistry meters, RecentActivity activity) {
        this.delegate = delegate;
        this.meters = meters;
        this.activity = activity;
    }

    @Override
    public void record(AccessGrant grant, RequestOrigin origin) {
        delegate.record(grant, origin);
        count(grant);
    }

    @Override
    public void recordAll(List<AccessGrant> grants, RequestOrigin origin) {
        delegate.recordAll(grants, origin);
        if (!grants.isEmpty()) {
            count(grants.get(0));
        }
    }

    private void count(AccessGrant grant) {
        String role = grant.role().name().toLowerCase(Locale.ROOT);
        Counter.builder("ssa.grants.issued").description("Grants handed out")
                .tag("role", role).tag("backend", grant.backend())
                .register(meters).increment();
        activity.granted(role);
    }
}
