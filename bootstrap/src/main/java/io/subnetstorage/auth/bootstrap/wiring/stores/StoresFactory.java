package io.subnetstorage.auth.bootstrap.wiring.stores;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import io.subnetstorage.auth.application.port.out.UploadHistory;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StorePhases;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.application.storage.StoredBytes;
import io.subnetstorage.auth.bootstrap.config.ConfiguredStores;
import io.subnetstorage.auth.bootstrap.config.PhasesConfig;
import io.subnetstorage.auth.bootstrap.metrics.CountingObjectStore;
import io.subnetstorage.auth.bootstrap.metrics.DependencyStates;
import io.subnetstorage.auth.bootstrap.metrics.StoreCreditGauges;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers the stores the optional adapters contributed (each switched on by its own package-level
 * {@code @Requires}), counts their failures, and routes between them by the configured phase.
 */
@Factory
class StoresFactory {

    @Singleton
    StoreRegistry storeRegistry(List<ObjectStore> stores, ConfiguredStores configured, MeterRegistry meters,
            DependencyStates states) {
        Set<StoreKind> present = EnumSet.noneOf(StoreKind.class);
        stores.forEach(store -> present.add(store.descriptor().kind()));
        if (!present.equals(configured.kinds())) {
            throw new ConfigurationException("Invalid configuration: stores configured " + configured.kinds() + " but built " + present);
        }
        StoreRegistry registry = new StoreRegistry(stores.stream().map(store -> (ObjectStore) new CountingObjectStore(store, meters,
                states.store(store.descriptor().name()))).toList());
        StoreCreditGauges.bind(registry, meters);
        return registry;
    }

    @Singleton
    StorePhases storePhases(PhasesConfig phases, ConfiguredStores configured) {
        return phases.phases(configured.kinds());
    }

    @Singleton
    StoreRouter storeRouter(StoreRegistry registry, StorePhases phases, UploadHistory history) {
        return new StoreRouter(registry, phases, history);
    }

    @Singleton
    StoredBytes storedBytes(StoreRouter router, Clock clock) {
        return new StoredBytes(router, clock);
    }
}
