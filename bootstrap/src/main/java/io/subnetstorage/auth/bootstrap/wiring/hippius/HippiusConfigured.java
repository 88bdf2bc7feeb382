package io.subnetstorage.auth.bootstrap.wiring.hippius;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.bootstrap.config.ConfiguredStores;

/** True when a Hippius store is configured. */
public final class HippiusConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        return context.findBean(ConfiguredStores.class).map(stores -> stores.kinds().contains(StoreKind.HIPPIUS)).orElse(false);
    }
}
