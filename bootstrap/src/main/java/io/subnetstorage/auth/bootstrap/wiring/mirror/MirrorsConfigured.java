package io.subnetstorage.auth.bootstrap.wiring.mirror;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/** MIRROR_STORES names at least one store; {@code PhasesConfig} checks the names themselves at start. */
public final class MirrorsConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        return context.getProperty("ssa.stores.mirror-stores", String.class).filter(list -> !list.isBlank()).isPresent();
    }
}
