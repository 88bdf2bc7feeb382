package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.MinerListPage;
import io.subnetstorage.auth.application.port.in.PresignMinerListPageUseCase;
import io.subnetstorage.auth.application.port.in.ValidatorMinerCommand;
import io.subnetstorage.auth.application.port.out.ListQuery;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
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
    private final ObjectStore store;

    public PresignMinerListPageService(SignedRequestGate gate, ObjectStore store) {
        this.gate = gate;
        this.store = store;
    }

    @Override
    public MinerListPage presign(ValidatorMinerCommand command) {
        Hotkey miner = MinerRequired.of(command);
        String token = command.continuationToken().orElse("");
        Admission admission = gate.admit(AdmissionRequest.listingPage(command.envelope(), command.commitment(miner), token));
        gate.charge(admission, token.isEmpty()
                ? gate.quotas().validatorGrant(admission.signer())
                : gate.quotas().followingListPage(admission.signer()));
        FolderPrefix folder = FolderPrefix.ofMiner(miner);
        ListQuery query = token.isEmpty() ? ListQuery.of(folder) : ListQuery.of(folder).withContinuationToken(token);
        Duration validity = gate.lifetime(VALIDITY, store);
        var url = store.presignList(query, validity);
        Instant expiresAt = admission.now().plus(validity);
        gate.record(admission, admission.grant(store, folder, expiresAt, Operation.LIST));
        return new MinerListPage(url, miner);
    }
}
