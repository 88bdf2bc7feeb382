package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantUseCase;
import io.subnetstorage.auth.application.port.in.MinerFolderGrant;
import io.subnetstorage.auth.application.port.out.ListQuery;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.application.port.out.UploadForm;
import io.subnetstorage.auth.application.port.out.UploadLimits;
import io.subnetstorage.auth.application.port.out.UploadMethod;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Hands a registered miner a POST policy for its own folder (24 h) and a listing of it (3 h), as deployed. */
public final class IssueMinerFolderGrantService implements IssueMinerFolderGrantUseCase {

    static final Duration POLICY_LIFETIME = Duration.ofHours(24);
    static final Duration LIST_LIFETIME = Duration.ofHours(3);

    private final SignedRequestGate gate;
    private final ObjectStore store;
    private final UploadLimits limits;

    public IssueMinerFolderGrantService(SignedRequestGate gate, ObjectStore store, UploadLimits limits) {
        this.gate = gate;
        this.store = store;
        this.limits = limits;
    }

    @Override
    public MinerFolderGrant issue(IssueMinerFolderGrantCommand command) {
        var envelope = command.envelope();
        Admission admission = gate.admit(AdmissionRequest.miner(envelope, command.commitment(), Optional.of(command.coldkey())));
        gate.charge(admission, gate.quotas().folderGrant(admission.signer(), 0));
        FolderPrefix folder = FolderPrefix.ofMiner(envelope.signer());
        Instant policyExpiry = admission.now().plus(gate.lifetime(POLICY_LIFETIME, store));
        boolean post = store.capabilities().supports(UploadMethod.POST_POLICY);
        Optional<UploadForm> form = post ? Optional.of(store.presignPostPolicy(folder, limits, policyExpiry)) : Optional.empty();
        URI listUrl = store.presignList(ListQuery.of(folder), gate.lifetime(LIST_LIFETIME, store));
        gate.record(admission, admission.grant(store, folder, policyExpiry, Operation.UPLOAD, Operation.LIST));
        return new MinerFolderGrant(folder, post ? UploadMethod.POST_POLICY : UploadMethod.PRESIGNED_PUT, form, listUrl,
                envelope.expiry());
    }
}
