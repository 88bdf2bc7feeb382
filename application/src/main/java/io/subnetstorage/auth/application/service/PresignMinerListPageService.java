package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.MinerListPage;
import io.subnetstorage.auth.application.port.in.PresignMinerListPageUseCase;
import io.subnetstorage.auth.application.port.in.ValidatorMinerCommand;
import io.subnetstorage.auth.application.port.out.ListQuery;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Duration;
import java.util.Optional;

/**
 * One presigned page of a miner's listing. The replay key includes the continuation token, so one
 * signature may walk all pages of a listing, but fetch each page only once.
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
        var envelope = command.envelope();
        gate.admit(envelope, command.commitment(miner), Role.VALIDATOR, Optional.empty(), command.continuationToken());
        ListQuery query = ListQuery.of(FolderPrefix.ofMiner(miner));
        if (command.continuationToken().isPresent()) {
            query = query.withContinuationToken(command.continuationToken().get());
        }
        var url = store.presignList(query, gate.lifetime(VALIDITY, store));
        gate.recordAllowed(envelope, Role.VALIDATOR);
        return new MinerListPage(url, miner);
    }
}
