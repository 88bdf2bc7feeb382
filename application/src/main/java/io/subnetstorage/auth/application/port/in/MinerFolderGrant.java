package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.application.port.out.storage.UploadForm;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * An upload grant: the folder, and either a POST form for the whole folder or one grant per announced
 * object (keyed by full key), a presigned listing of the folder, and the request's own expiry, echoed back.
 */
public record MinerFolderGrant(FolderPrefix folder, Optional<UploadForm> form, Map<String, ObjectUploadGrant> uploads,
        URI listUrl, long requestExpiry) {

    public MinerFolderGrant {
        uploads = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(uploads));
        if (form.isPresent() == !uploads.isEmpty() && form.isPresent()) {
            throw new IllegalArgumentException("a folder form or object grants, not both");
        }
    }

    public boolean isFolderForm() {
        return form.isPresent();
    }
}
