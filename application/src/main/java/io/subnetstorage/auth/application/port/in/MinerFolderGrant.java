package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.application.port.out.UploadForm;
import io.subnetstorage.auth.application.port.out.UploadMethod;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.net.URI;
import java.util.Optional;

/**
 * An upload grant: the folder, how to upload (a POST form for the folder, or per-object PUT URLs asked
 * for separately), a presigned listing of the folder, and the request's own expiry, echoed back.
 */
public record MinerFolderGrant(
        FolderPrefix folder, UploadMethod method, Optional<UploadForm> form, URI listUrl, long requestExpiry) {
}
