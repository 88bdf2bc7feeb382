package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.IssueValidatorAccessUseCase;
import io.subnetstorage.auth.application.port.in.ValidatorAccess;
import io.subnetstorage.auth.application.port.in.ValidatorCommand;
import io.subnetstorage.auth.application.port.out.ListQuery;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Duration;
import java.time.Instant;

/** Hands a validator 24-hour listings of all miner data and of the miner folders. */
public final class IssueValidatorAccessService implements IssueValidatorAccessUseCase {

    static final Duration VALIDITY = Duration.ofHours(24);

    private final SignedRequestGate gate;
    private final ObjectStore store;

    public IssueValidatorAccessService(SignedRequestGate gate, ObjectStore store) {
        this.gate = gate;
        this.store = store;
    }

    @Override
    public ValidatorAccess issue(ValidatorCommand command) {
        var envelope = command.envelope();
        Admission admission = gate.admit(AdmissionRequest.validator(envelope, Commitment.validatorAccess(envelope.timestamp())));
        gate.charge(admission, gate.quotas().validatorGrant(admission.signer()));
        Duration validity = gate.lifetime(VALIDITY, store);
        FolderPrefix all = FolderPrefix.allMiners();
        var listAllData = store.presignList(ListQuery.of(all), validity);
        var listAllMiners = store.presignList(ListQuery.of(all).withDelimiter("/"), validity);
        Instant expiresAt = admission.now().plus(validity);
        gate.record(admission, admission.grant(store, all, expiresAt, Operation.LIST));
        return new ValidatorAccess(store.bucket(), store.region(), envelope.signer(), expiresAt, validity, listAllData, listAllMiners);
    }
}
