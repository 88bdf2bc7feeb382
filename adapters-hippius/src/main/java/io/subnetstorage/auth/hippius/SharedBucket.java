package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.port.out.storage.StoreLayout;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.util.Optional;

/** {@code HIPPIUS_LAYOUT=shared}: every miner's folder in one bucket, so every SPEC §3 endpoint works unchanged. */
record SharedBucket(BucketName bucket) implements StoreLayout {

    @Override
    public StorageLocation minerFolder(Hotkey miner) {
        return new StorageLocation(bucket, FolderPrefix.ofMiner(miner));
    }

    @Override
    public Optional<StorageLocation> allMiners() {
        return Optional.of(new StorageLocation(bucket, FolderPrefix.allMiners()));
    }
}
