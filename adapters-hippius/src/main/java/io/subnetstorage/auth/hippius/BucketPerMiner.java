package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.port.out.storage.StoreLayout;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.util.Optional;

/**
 * {@code HIPPIUS_LAYOUT=per-miner}: each miner's folder, with the same keys as everywhere, in a bucket of
 * its own. There is no one place listing every miner, hence no {@link #allMiners()}.
 */
final class BucketPerMiner implements StoreLayout {

    private final MinerBuckets names;

    BucketPerMiner(MinerBuckets names) {
        this.names = names;
    }

    @Override
    public StorageLocation minerFolder(Hotkey miner) {
        return new StorageLocation(names.of(miner), FolderPrefix.ofMiner(miner));
    }

    @Override
    public Optional<StorageLocation> allMiners() {
        return Optional.empty();
    }
}
