package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.IssueMinerSpecificAccessUseCase;
import io.subnetstorage.auth.application.port.in.MinerSpecificAccess;
import io.subnetstorage.auth.application.port.in.ValidatorMinerCommand;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import java.time.Duration;
import java.time.Instant;

/** Hands a validator a 3-hour listing (up to 10,000 keys a page) of one miner's folder, where that miner uploads. */
public final class IssueMinerSpecificAccessService implements IssueMinerSpecificAccessUseCase {

    static final Duration VALIDITY = Duration.ofHours(3);
    static final int MAX_KEYS = 10_000;

    private final SignedRequestGate gate;
    private final StoreRouter router;

    public IssueMinerSpecificAccessService(SignedRequestGate gate, StoreRouter router) {
        this.gate = gate;
        this.router = router;
    }

    @Override
    public MinerSpecificAccess issue(ValidatorMinerCommand command) {
        Hotkey miner = MinerRequired.of(command);
        var requested = router.readableStore(command.store());
        return gate.grant(AdmissionRequest.validator(command.envelope(), command.commitment(miner)), new UncheckedGrant<>() {
            @Override
            public QuotaCharge charge(Admission admission) {
                return gate.quotas().validatorGrant(admission.signer());
            }

            @Override
            public Issued<MinerSpecificAccess> issue(Admission admission) {
                Route route = router.minerRead(miner, requested);
                Duration validity = gate.lifetime(VALIDITY, route.store());
                var folder = route.location();
                var minerUrl = route.store().listings().orElseThrow()
                        .presignList(folder.bucket(), ListQuery.of(folder.folder()).withMaxKeys(MAX_KEYS), validity);
                Instant expiresAt = admission.now().plus(validity);
                return Issued.of(new MinerSpecificAccess(folder.bucket().value(), route.store().descriptor().region(), miner, minerUrl,
                        folder.folder(), expiresAt), admission.grant(route, folder.folder(), expiresAt, Operation.LIST));
            }
        });
    }
}
