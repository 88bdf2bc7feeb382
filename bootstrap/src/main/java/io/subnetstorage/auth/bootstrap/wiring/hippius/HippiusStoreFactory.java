package io.subnetstorage.auth.bootstrap.wiring.hippius;

import io.micronaut.context.annotation.Factory;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.config.HippiusConfig;
import io.subnetstorage.auth.bootstrap.config.UploadConfig;
import io.subnetstorage.auth.bootstrap.lifecycle.ShutdownSequence;
import io.subnetstorage.auth.hippius.HippiusStores;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The Hippius store from the HIPPIUS_* variables (validated at start by {@link HippiusConfig#settings}). */
@Factory
class HippiusStoreFactory {

    @Singleton
    @Named("hippius")
    ObjectStore hippiusStore(HippiusConfig hippius, UploadConfig uploads, ChainConfig chain, ShutdownSequence shutdown) {
        ObjectStore store = HippiusStores.create(hippius.settings(uploads.multipartThreshold(), chain.netuid()));
        shutdown.onClose(ShutdownSequence.Stage.POOLS, "Hippius store client", store);
        return store;
    }
}
