package io.subnetstorage.auth.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.bittensor.identity.Sr25519SignatureVerifier;
import io.subnetstorage.auth.bootstrap.metrics.TimedSignatureVerifier;
import jakarta.inject.Singleton;

/** sr25519 over SS58 addresses with Bittensor's generic prefix 42, timed for /metrics. */
@Factory
class IdentityFactory {

    static final int SS58_PREFIX = 42;

    @Singleton
    SignatureVerifier signatureVerifier(MeterRegistry meters) {
        return new TimedSignatureVerifier(new Sr25519SignatureVerifier(SS58_PREFIX), meters);
    }
}
