package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.IssueMinerSpecificAccessUseCase;
import io.subnetstorage.auth.application.port.in.MinerSpecificAccess;
import io.subnetstorage.auth.application.port.in.ValidatorMinerCommand;
import io.subnetstorage.auth.application.port.out.ListQuery;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Duration;
import java.time.Instant;

/** Hands a validator a 3-hour listing (up to 10,000 keys a page) of one miner's folder. */
public final class IssueMinerSpecificAccessService implements IssueMinerSpecificAccessUseCase {

    static final Duration VALIDITY = Duration.ofHours(3);
    static final int MAX_KEYS = 10_000;

    private final SignedRequestGate gate;
    private final ObjectStore store;

    public IssueMinerSpecificAccessService(SignedRequestGate gate, ObjectStore store) {
        this.gate = gate;
        this.store = store;
    }

    @Override
    public MinerSpecificAccess issue(ValidatorMinerCommand command) {
        Hotkey miner = MinerRequired.of(command);
        var envelope = command.envelope();
        Admission admission = gate.admit(AdmissionRequest.validator(envelope, command.commitment(miner)));
        gate.charge(admission, gate.quotas().validatorGrant(admission.signer()));
        FolderPrefix folder = FolderPrefix.ofMiner(miner);
        Duration validity = gate.lifetime(VALIDITY, store);
        var minerUrl = store.presignList(ListQuery.of(folder).withMaxKeys(MAX_KEYS), validity);
        Instant expiresAt = admission.now().plus(validity);
        gate.record(admission, admission.grant(store, folder, expiresAt, Operation.LIST));
        return new MinerSpecificAccess(store.bucket(), store.region(), miner, minerUrl, folder, expiresAt);
    }
}
