package io.subnetstorage.auth.bootstrap.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.subnetstorage.auth.bootstrap.health.ProbePolicy;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * With {@code ssa.test.patient-probes=true}, a dependency check waits a minute instead of two seconds, so a
 * test can observe callers waiting on a hanging dependency without racing the check's own timeout.
 */
@Factory
@Requires(property = "ssa.test.patient-probes", value = "true")
class PatientProbes {

    @Singleton
    @Replaces(ProbePolicy.class)
    ProbePolicy patient() {
        return new ProbePolicy(ProbePolicy.STANDARD.ttl(), Duration.ofMinutes(1));
    }
}
