package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.HippiusUploadAccess;
import io.subnetstorage.auth.application.port.in.IssueHippiusUploadAccessUseCase;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.application.port.in.MinerFolderGrant;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.application.storage.StoreRegistry;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.policy.ReasonCode;

/** The Hippius plan's upload endpoint (SPEC §8): per-object PUT grants on the Hippius store, whatever the phase. */
public final class IssueHippiusUploadAccessService implements IssueHippiusUploadAccessUseCase {

    private final ObjectStore hippius;
    private final FolderGrants grants;

    public IssueHippiusUploadAccessService(SignedRequestGate gate, StoreRegistry stores, UploadRules rules, MinerBuckets buckets,
            AttributionGate attributions) {
        this.hippius = stores.get(StoreKind.HIPPIUS);
        this.grants = new FolderGrants(gate, rules, buckets, attributions);
    }

    @Override
    public HippiusUploadAccess issue(IssueMinerFolderGrantCommand command) {
        if (command.files().isEmpty()) {
            throw new AccessRefused(ReasonCode.PUT_UPLOADS_NEED_FILES, Role.MINER);
        }
        var miner = command.envelope().signer();
        Route route = new Route(hippius, hippius.layout().minerFolder(miner));
        Commitment commitment = Commitment.hippiusUpload(command.coldkey(), miner, command.envelope().timestamp());
        MinerFolderGrant grant = grants.issue(command, commitment, route, false);
        return new HippiusUploadAccess(grant, hippius.descriptor().endpoint(), route.location());
    }
}
