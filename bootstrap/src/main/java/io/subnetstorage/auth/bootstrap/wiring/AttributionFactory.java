package io.subnetstorage.auth.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.subnetstorage.auth.application.port.in.RegisterAttributionsUseCase;
import io.subnetstorage.auth.application.port.in.VerifyAttributionsUseCase;
import io.subnetstorage.auth.application.port.out.MembershipHistory;
import io.subnetstorage.auth.application.port.out.ReplayGuard;
import io.subnetstorage.auth.application.port.out.SignatureVerifier;
import io.subnetstorage.auth.application.port.out.attribution.AttributionRecords;
import io.subnetstorage.auth.application.port.out.attribution.ReceiptSigner;
import io.subnetstorage.auth.application.service.AttributionGate;
import io.subnetstorage.auth.application.service.RegisterAttributionsService;
import io.subnetstorage.auth.application.service.SignedRequestGate;
import io.subnetstorage.auth.application.service.VerifyAttributionsService;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.bittensor.identity.Sr25519ReceiptSigner;
import io.subnetstorage.auth.bootstrap.config.AttributionConfig;
import io.subnetstorage.auth.bootstrap.config.DeploymentConfig;
import io.subnetstorage.auth.bootstrap.embedded.AttributionKeyFile;
import jakarta.inject.Singleton;

/**
 * Attribution (SPEC §9): the service's receipt key (ATTRIBUTION_KEY, else one kept under DATA_DIR, which the
 * start-up checks allow only without DATABASE_URL), the checks shared by the upload endpoints, and the
 * registration and verification use cases.
 */
@Factory
class AttributionFactory {

    @Singleton
    ReceiptSigner receiptSigner(AttributionConfig attribution, DeploymentConfig deployment) {
        String secret = attribution.key().orElseGet(() -> AttributionKeyFile.loadOrCreate(deployment.dataDir()));
        return Sr25519ReceiptSigner.fromSecrets(secret, attribution.previousKeys());
    }

    @Singleton
    AttributionGate attributionGate(SignatureVerifier signatures, MembershipHistory membership, ReplayGuard replays,
            AttributionRecords records) {
        return new AttributionGate(signatures, membership, replays, records);
    }

    @Singleton
    RegisterAttributionsUseCase registerAttributions(SignedRequestGate gate, StoreRouter router, AttributionGate attributions,
            AttributionRecords records, ReceiptSigner signer) {
        return new RegisterAttributionsService(gate, router, attributions, records, signer);
    }

    @Singleton
    VerifyAttributionsUseCase verifyAttributions(SignedRequestGate gate, StoreRouter router, AttributionRecords records,
            SignatureVerifier signatures) {
        return new VerifyAttributionsService(gate, router, records, signatures);
    }
}
