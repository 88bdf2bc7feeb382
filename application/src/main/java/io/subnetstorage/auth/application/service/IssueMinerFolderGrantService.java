package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantCommand;
import io.subnetstorage.auth.application.port.in.IssueMinerFolderGrantUseCase;
import io.subnetstorage.auth.application.port.in.MinerFolderGrant;
import io.subnetstorage.auth.application.storage.MinerBuckets;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.application.storage.StoreRouter;

/**
 * Hands a registered miner an upload grant for its own folder and a listing of it: a POST policy for the
 * folder where its upload store signs them, else one grant per announced file. On a POST store {@code files}
 * is accepted and ignored (SPEC §7). A file's attribution is checked after admission and its grant signs it (SPEC §9).
 */
public final class IssueMinerFolderGrantService implements IssueMinerFolderGrantUseCase {

    private final StoreRouter router;
    private final FolderGrants grants;

    public IssueMinerFolderGrantService(SignedRequestGate gate, StoreRouter router, UploadRules rules, MinerBuckets buckets,
            AttributionGate attributions) {
        this.router = router;
        this.grants = new FolderGrants(gate, rules, buckets, attributions);
    }

    @Override
    public MinerFolderGrant issue(IssueMinerFolderGrantCommand command) {
        var miner = command.envelope().signer();
        // Routing needs no signature: a refusal here (no POST store for a request without files) costs nothing.
        Route objects = router.objectUploads(miner);
        boolean folderForm = command.files().isEmpty() || objects.store().folderUploads().isPresent();
        return grants.issue(command, command.commitment(), folderForm ? router.folderForm(miner) : objects, folderForm);
    }
}
