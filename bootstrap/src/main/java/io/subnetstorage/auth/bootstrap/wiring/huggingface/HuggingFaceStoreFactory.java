package io.subnetstorage.auth.bootstrap.wiring.huggingface;

import io.micronaut.context.annotation.Factory;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.config.HuggingFaceConfig;
import io.subnetstorage.auth.bootstrap.lifecycle.ShutdownSequence;
import io.subnetstorage.auth.huggingface.HuggingFaceStores;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The HuggingFace mirror from the HF_* variables (validated at start by {@link HuggingFaceConfig#settings}). */
@Factory
class HuggingFaceStoreFactory {

    @Singleton
    @Named("huggingface")
    ObjectStore huggingFaceStore(HuggingFaceConfig huggingFace, ChainConfig chain, ShutdownSequence shutdown) {
        ObjectStore store = HuggingFaceStores.create(huggingFace.settings(chain.netuid()));
        shutdown.onClose(ShutdownSequence.Stage.POOLS, "HuggingFace store client", store);
        return store;
    }
}
