package io.subnetstorage.auth.bootstrap.wiring.huggingface;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.config.HuggingFaceConfig;
import io.subnetstorage.auth.huggingface.HuggingFaceStores;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The HuggingFace mirror from the HF_* variables (validated at start by {@link HuggingFaceConfig#settings}). */
@Factory
class HuggingFaceStoreFactory {

    @Singleton
    @Named("huggingface")
    @Bean(preDestroy = "close")
    ObjectStore huggingFaceStore(HuggingFaceConfig huggingFace, ChainConfig chain) {
        return HuggingFaceStores.create(huggingFace.settings(chain.netuid()));
    }
}
