package io.subnetstorage.auth.application.port.out.storage;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.util.Optional;

/**
 * Every miner's folder in one bucket (S3, {@code HIPPIUS_LAYOUT=shared}), so every SPEC §3 endpoint works unchanged,
 * global listings included.
 */
public record SharedBucketLayout(BucketName bucket) implements StoreLayout {

    @Override
    public StorageLocation minerFolder(Hotkey miner) {
        return new StorageLocation(bucket, FolderPrefix.ofMiner(miner));
    }

    @Override
    public Optional<StorageLocation> allMiners() {
        return Optional.of(new StorageLocation(bucket, FolderPrefix.allMiners()));
    }
}
