package io.subnetstorage.auth.application.port.out.mirror;

import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import java.util.Objects;

/** What tells one version of an object from another without reading it: its size and ETag (normalized). */
public record ObjectVersion(long size, String etag) {

    public ObjectVersion {
        Objects.requireNonNull(etag, "etag");
        etag = ObjectInfo.normalize(etag);
        if (size < 0) {
            throw new IllegalArgumentException("a size is not negative");
        }
    }
}
