package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.net.URI;

/** {@code /get-hippius-upload-access}: the PUT grants, and where they go (SPEC §8). */
public record HippiusUploadAccess(MinerFolderGrant grant, URI endpoint, StorageLocation folder) {
}
