package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.storage.AccountCredit;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.storage.StoreRegistry;

/**
 * {@code ssa_store_credit_exhausted{store}}: 1 while a billed store (Hippius) last answered the service's own
 * writes with 402, else 0; only for stores that declare a credit. Read from what the store learned, never a call.
 */
public final class StoreCreditGauges {

    private StoreCreditGauges() {
    }

    public static void bind(StoreRegistry stores, MeterRegistry meters) {
        for (ObjectStore store : stores.all()) {
            store.credit().ifPresent(credit -> Gauge.builder("ssa.store.credit.exhausted", credit,
                            known -> known.state() == AccountCredit.State.EXHAUSTED ? 1 : 0)
                    .description("1 while the store's account is out of credit (402 on the service's own writes)")
                    .tag("store", store.descriptor().name())
                    .register(meters));
        }
    }
}
