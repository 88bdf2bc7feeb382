package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.FolderUploads;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.util.Optional;

/**
 * A planted defect: folder POST policies signed for the bucket root instead of the miner's folder, so any
 * miner could overwrite any other's data.
 */
final class PrefixIgnoringStore extends PlantedStore {

    PrefixIgnoringStore(ObjectStore real) {
        super(real);
    }

    @Override
    public Optional<FolderUploads> folderUploads() {
        FolderUploads honest = real().folderUploads().orElseThrow();
        return Optional.of((folder, limits, expiresAt) ->
                honest.presignFolderUpload(new StorageLocation(folder.bucket(), new FolderPrefix("")), limits, expiresAt));
    }
}
