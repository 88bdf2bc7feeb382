package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.application.port.out.AuditTrail;
import io.subnetstorage.auth.application.port.out.GrantHistory;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.port.out.MinerRegistry;
import io.subnetstorage.auth.application.port.out.RevocationRegistry;
import io.subnetstorage.auth.application.port.out.UnboundedUploads;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The adapters come with a datasource and step aside when {@code ledger.backend} names another. */
class AdapterSwitchTest {

    private static final List<Class<?>> PORTS = List.of(
            GrantLedger.class, GrantHistory.class, AuditTrail.class, RevocationRegistry.class, MinerRegistry.class, UnboundedUploads.class);

    @Test
    void noDatasourceMeansNoPostgresAdapters() {
        try (ApplicationContext context = ApplicationContext.run(Map.of())) {
            PORTS.forEach(port -> assertFalse(context.containsBean(port), port.getSimpleName()));
        }
    }

    @Test
    void aDatasourceBringsEveryAdapterUnlessAnotherBackendIsChosen() {
        Map<String, Object> lazyPool = new HashMap<>(TestDatabase.datasource("jdbc:postgresql://127.0.0.1:1/none"));
        lazyPool.put("datasources.default.initialization-fail-timeout", -1);
        try (ApplicationContext context = ApplicationContext.run(lazyPool)) {
            PORTS.forEach(port -> assertTrue(context.containsBean(port), port.getSimpleName()));
        }
        lazyPool.put("ledger.backend", "memory");
        try (ApplicationContext context = ApplicationContext.run(lazyPool)) {
            PORTS.forEach(port -> assertFalse(context.containsBean(port), port.getSimpleName()));
        }
    }
}
