package io.subnetstorage.auth.application.port.out.storage;

import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.time.Instant;

/** A store that signs POST policies: one form lets its holder upload any key under a folder. */
public interface FolderUploads {

    /** Capped by the store to what it can sign. */
    UploadForm presignFolderUpload(StorageLocation folder, UploadLimits limits, Instant expiresAt);
}
