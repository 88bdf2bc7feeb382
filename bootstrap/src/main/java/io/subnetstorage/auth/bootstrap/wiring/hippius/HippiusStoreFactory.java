package io.subnetstorage.auth.bootstrap.wiring.hippius;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.config.HippiusConfig;
import io.subnetstorage.auth.bootstrap.config.UploadConfig;
import io.subnetstorage.auth.hippius.HippiusStores;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The Hippius store from the HIPPIUS_* variables (validated at start by {@link HippiusConfig#settings}). */
@Factory
class HippiusStoreFactory {

    @Singleton
    @Named("hippius")
    @Bean(preDestroy = "close")
    ObjectStore hippiusStore(HippiusConfig hippius, UploadConfig uploads, ChainConfig chain) {
        return HippiusStores.create(hippius.settings(uploads.multipartThreshold(), chain.netuid()));
    }
}
