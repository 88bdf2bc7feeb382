package io.subnetstorage.auth.bootstrap.wiring.hippius;

import io.micronaut.context.annotation.Factory;
import io.subnetstorage.auth.application.port.in.IssueHippiusUploadAccessUseCase;
import io.subnetstorage.auth.application.port.in.IssueHippiusValidatorAccessUseCase;
import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.MinerRegistrations;
import io.subnetstorage.auth.application.service.AttributionGate;
import io.subnetstorage.auth.application.service.IssueHippiusUploadAccessService;
import io.subnetstorage.auth.application.service.IssueHippiusValidatorAccessService;
import io.subnetstorage.auth.application.service.SignedRequestGate;
import io.subnetstorage.auth.application.service.UploadRules;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import jakarta.inject.Singleton;

/** The Hippius plan's endpoints' use cases; like the store itself, only while Hippius is configured. */
@Factory
class HippiusUseCaseFactory {

    @Singleton
    IssueHippiusUploadAccessUseCase issueHippiusUploadAccess(SignedRequestGate gate, StoreRegistry stores, UploadRules rules,
            MinerBuckets buckets, AttributionGate attributions) {
        return new IssueHippiusUploadAccessService(gate, stores, rules, buckets, attributions);
    }

    @Singleton
    IssueHippiusValidatorAccessUseCase issueHippiusValidatorAccess(SignedRequestGate gate, StoreRegistry stores,
            MetagraphSource metagraph, MinerRegistrations registrations) {
        return new IssueHippiusValidatorAccessService(gate, stores, metagraph, registrations);
    }
}
