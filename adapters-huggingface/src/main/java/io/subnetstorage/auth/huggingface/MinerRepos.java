package io.subnetstorage.auth.huggingface;

import io.subnetstorage.auth.application.port.out.storage.StoreLayout;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.util.Optional;

/**
 * Where a miner's files go on the Hub ({@code HF_REPO_LAYOUT}, SPEC §7): its own dataset repo
 * {@code {HF_NAMESPACE}/{HF_REPO_PREFIX}-{hotkey}}, or the one repo {@code {HF_NAMESPACE}/{HF_REPO}}; inside it,
 * the same {@code data/hotkey={hotkey}/} folder and keys as on every store ("paths as keys", SPEC §10).
 */
final class MinerRepos implements StoreLayout {

    private final HfSettings settings;

    MinerRepos(HfSettings settings) {
        this.settings = settings;
    }

    @Override
    public StorageLocation minerFolder(Hotkey miner) {
        return new StorageLocation(settings.repoFor(miner).asBucket(), FolderPrefix.ofMiner(miner));
    }

    /** Every miner's folder in the single repo; none with a repo per miner. */
    @Override
    public Optional<StorageLocation> allMiners() {
        return settings.layout() == HfRepoLayout.SINGLE
                ? Optional.of(new StorageLocation(new HfRepoId(settings.namespace(), settings.repo()).asBucket(),
                        FolderPrefix.allMiners()))
                : Optional.empty();
    }
}
