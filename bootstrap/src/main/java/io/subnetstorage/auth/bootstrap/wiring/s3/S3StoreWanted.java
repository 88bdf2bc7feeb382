package io.subnetstorage.auth.bootstrap.wiring.s3;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.bootstrap.config.ConfiguredStores;

/** True when the deployment has an S3 store, real or embedded. */
public final class S3StoreWanted implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        // A context built for something else (serde's default JsonMapper) has no configuration: no store there.
        return context.findBean(ConfiguredStores.class).map(stores -> stores.kinds().contains(StoreKind.S3)).orElse(false);
    }
}
