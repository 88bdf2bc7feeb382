package io.subnetstorage.auth.bootstrap.wiring.huggingface;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.bootstrap.config.ConfiguredStores;

/** True when a HuggingFace store is configured. */
public final class HuggingFaceConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        return context.findBean(ConfiguredStores.class).map(stores -> stores.kinds().contains(StoreKind.HUGGINGFACE)).orElse(false);
    }
}
