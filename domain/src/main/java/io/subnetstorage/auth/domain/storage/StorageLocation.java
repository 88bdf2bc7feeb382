package io.subnetstorage.auth.domain.storage;

import java.util.Objects;

/**
 * Where a folder lives: a bucket and a prefix in it. With one shared bucket every miner's folder is in the
 * same bucket; with per-miner buckets (SPEC §8) each miner's folder is in a bucket of its own. The keys are
 * the same either way, so a copy between stores keeps its key.
 */
public record StorageLocation(BucketName bucket, FolderPrefix folder) {

    public StorageLocation {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(folder, "folder");
    }

    public boolean contains(ObjectKey key) {
        return folder.contains(key);
    }
}
