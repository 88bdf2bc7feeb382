package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.Map;

/** {@code /get-hippius-upload-access}: the {@code /get-folder-access} PUT answer and where it points (SPEC §8). */
@Serdeable(naming = SnakeCaseStrategy.class)
record HippiusUploadResponse(
        String folder, String method, @Nullable String url, Map<String, String> fields, String expiry, String listUrl,
        StructureInfo structureInfo, Map<String, FolderAccessResponse.ObjectGrantView> uploads,
        String uploadMethod, String endpoint, String bucketName, String folderPrefix, boolean attributionRequired) {
}
