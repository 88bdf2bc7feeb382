package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.IssueValidatorAccessUseCase;
import io.subnetstorage.auth.application.port.in.ValidatorAccess;
import io.subnetstorage.auth.application.port.in.ValidatorCommand;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import java.time.Duration;
import java.time.Instant;

/** Hands a validator 24-hour listings of all miner data and of the miner folders, on the read store. */
public final class IssueValidatorAccessService implements IssueValidatorAccessUseCase {

    static final Duration VALIDITY = Duration.ofHours(24);

    private final SignedRequestGate gate;
    private final StoreRouter router;

    public IssueValidatorAccessService(SignedRequestGate gate, StoreRouter router) {
        this.gate = gate;
        this.router = router;
    }

    @Override
    public ValidatorAccess issue(ValidatorCommand command) {
        var envelope = command.envelope();
        // A store that cannot serve, or has no single listing (per-miner buckets), is refused before any signature work.
        Route route = router.globalRead(router.readableStore(command.store()));
        return gate.grant(AdmissionRequest.validator(envelope, Commitment.validatorAccess(envelope.timestamp())), new UncheckedGrant<>() {
            @Override
            public QuotaCharge charge(Admission admission) {
                return gate.quotas().validatorGrant(admission.signer());
            }

            @Override
            public Issued<ValidatorAccess> issue(Admission admission) {
                Duration validity = gate.lifetime(VALIDITY, route.store());
                Listings listings = route.store().listings().orElseThrow();
                var all = route.location();
                var listAllData = listings.presignList(all.bucket(), ListQuery.of(all.folder()), validity);
                var listAllMiners = listings.presignList(all.bucket(), ListQuery.of(all.folder()).withDelimiter("/"), validity);
                Instant expiresAt = admission.now().plus(validity);
                return Issued.of(new ValidatorAccess(all.bucket().value(), route.store().descriptor().region(), admission.signer(), expiresAt,
                        validity, listAllData, listAllMiners), admission.grant(route, all.folder(), expiresAt, Operation.LIST));
            }
        });
    }
}
