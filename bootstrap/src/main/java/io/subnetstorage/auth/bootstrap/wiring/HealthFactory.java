package io.subnetstorage.auth.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.subnetstorage.auth.bootstrap.health.ProbePolicy;
import jakarta.inject.Singleton;

/** How dependency checks are cached and bounded; a bean so that tests can replace it. */
@Factory
class HealthFactory {

    @Singleton
    ProbePolicy probePolicy() {
        return ProbePolicy.STANDARD;
    }
}
