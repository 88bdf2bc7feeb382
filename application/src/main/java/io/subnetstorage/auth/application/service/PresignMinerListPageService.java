package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.MinerListPage;
import io.subnetstorage.auth.application.port.in.PresignMinerListPageUseCase;
import io.subnetstorage.auth.application.port.in.ValidatorMinerCommand;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import java.time.Duration;
import java.time.Instant;

/**
 * One presigned page of a miner's listing. A presigned URL cannot be re-signed by the client, so one
 * signature may fetch each page once, up to the per-signature cap (SPEC §5). The first page is charged
 * as a grant; a page with a continuation token costs a page of the validator's own daily page budget.
 * Every page URL is a grant in the ledger, so a key rotation's review sees it.
 */
public final class PresignMinerListPageService implements PresignMinerListPageUseCase {

    static final Duration VALIDITY = Duration.ofHours(1);

    private final SignedRequestGate gate;
    private final StoreRouter router;

    public PresignMinerListPageService(SignedRequestGate gate, StoreRouter router) {
        this.gate = gate;
        this.router = router;
    }

    @Override
    public MinerListPage presign(ValidatorMinerCommand command) {
        Hotkey miner = MinerRequired.of(command);
        String token = command.continuationToken().orElse("");
        var requested = router.readableStore(command.store());
        return gate.grant(AdmissionRequest.listingPage(command.envelope(), command.commitment(miner), token), new UncheckedGrant<>() {
            @Override
            public QuotaCharge charge(Admission admission) {
                return token.isEmpty() ? gate.quotas().validatorGrant(admission.signer()) : gate.quotas().followingListPage(admission.signer());
            }

            @Override
            public Issued<MinerListPage> issue(Admission admission) {
                Route route = router.minerRead(miner, requested);
                ListQuery query = ListQuery.of(route.location().folder());
                Duration validity = gate.lifetime(VALIDITY, route.store());
                var url = route.store().listings().orElseThrow()
                        .presignList(route.location().bucket(), token.isEmpty() ? query : query.withContinuationToken(token), validity);
                Instant expiresAt = admission.now().plus(validity);
                return Issued.of(new MinerListPage(url, miner), admission.grant(route, route.location().folder(), expiresAt, Operation.LIST));
            }
        });
    }
}
