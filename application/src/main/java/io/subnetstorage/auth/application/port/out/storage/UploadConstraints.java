package io.subnetstorage.auth.application.port.out.storage;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * What a per-object upload grant binds: the exact size when the client gave one (else the range), the
 * content type, and {@code x-amz-meta-*} values (names without the prefix, lower case). A store signs
 * them, so it refuses an upload whose length or metadata differs or is missing.
 */
public record UploadConstraints(OptionalLong exactSize, UploadLimits range, String contentType, Map<String, String> metadata) {

    public static final String OCTET_STREAM = "application/octet-stream";

    public UploadConstraints {
        Objects.requireNonNull(exactSize, "exactSize");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(contentType, "contentType");
        metadata = java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
        if (exactSize.isPresent() && (exactSize.getAsLong() < range.minBytes() || exactSize.getAsLong() > range.maxBytes())) {
            throw new IllegalArgumentException("the size is outside the range");
        }
    }

    public static UploadConstraints of(OptionalLong exactSize, UploadLimits range, Map<String, String> metadata) {
        return new UploadConstraints(exactSize, range, OCTET_STREAM, metadata);
    }
}
