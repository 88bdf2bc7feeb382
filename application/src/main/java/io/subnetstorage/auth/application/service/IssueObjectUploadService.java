package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.IssueObjectUploadCommand;
import io.subnetstorage.auth.application.port.in.IssueObjectUploadUseCase;
import io.subnetstorage.auth.application.port.in.ObjectUploadGrant;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.application.storage.StoreRouter;
import io.subnetstorage.auth.domain.attribution.SignedAttribution;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import io.subnetstorage.auth.domain.quota.QuotaCharge;
import io.subnetstorage.auth.domain.storage.MinerObject;
import java.util.List;
import java.util.Optional;

/**
 * {@code /get-file-upload-url}: one key, on the miner's upload store. A key that already exists there is
 * 409 {@code File already exists}, checked after the signature and before the quota, so it costs none. An
 * attribution is checked before that and its nonce spent after it (SPEC §9), and the grant signs it in.
 */
public final class IssueObjectUploadService implements IssueObjectUploadUseCase {

    private final SignedRequestGate gate;
    private final StoreRouter router;
    private final UploadRules rules;
    private final MinerBuckets buckets;
    private final AttributionGate attributions;

    public IssueObjectUploadService(SignedRequestGate gate, StoreRouter router, UploadRules rules, MinerBuckets buckets,
            AttributionGate attributions) {
        this.gate = gate;
        this.router = router;
        this.rules = rules;
        this.buckets = buckets;
        this.attributions = attributions;
    }

    @Override
    public ObjectUploadGrant issue(IssueObjectUploadCommand command) {
        var miner = command.envelope().signer();
        MinerObject object = rules.object(miner, command.file());
        Route route = router.objectUploads(miner);
        Optional<SignedAttribution> attribution = attributions.read(miner, object, command.file(), rules.requireAttribution());
        List<SignedAttribution> claims = attribution.stream().toList();
        AdmissionRequest request = AdmissionRequest.upload(command.envelope(), command.commitment(), Optional.empty());
        return gate.grant(request, new GrantProcedure<>() {
            @Override
            public void check(Admission admission) {
                attributions.verifyAtUpload(gate, admission, claims);
                BucketChecks.ensureUsable(gate, buckets, admission, route);
                Optional<ObjectIo> io = route.store().objectIo();
                try {
                    if (io.isPresent() && io.get().head(route.location().bucket(), object.key()).isPresent()) {
                        throw gate.refuse(admission, ReasonCode.FILE_EXISTS);
                    }
                } catch (DependencyUnavailable | StoreRefused unknown) {
                    // Without an answer the grant might overwrite a stored file: refuse rather than guess.
                    throw gate.refuse(admission, ReasonCode.STORE_UNAVAILABLE);
                }
                attributions.consumeAtUpload(gate, admission, claims, route.storeName());
            }

            @Override
            public QuotaCharge charge(Admission admission) {
                return gate.quotas().objectUrl(miner);
            }

            @Override
            public Issued<ObjectUploadGrant> issue(Admission admission) {
                ObjectGrants.Granted granted = new ObjectGrants(gate, rules).grant(admission, route, object, command.file(), attribution);
                return Issued.of(granted.grant(), granted.row());
            }
        });
    }
}
