package io.subnetstorage.auth.application.port.out.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Bytes the service writes to a store: their size, a source that can be opened again (a retry, or a
 * multipart upload, reads it anew), the content type and the {@code x-amz-meta-*} values to keep.
 */
public record ObjectContent(long size, Source source, String contentType, Map<String, String> metadata) {

    /** Opens the bytes from the start; each call gives a fresh stream the caller closes. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    public ObjectContent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contentType, "contentType");
        metadata = java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
        if (size < 0) {
            throw new IllegalArgumentException("a size is not negative");
        }
    }

    public static ObjectContent of(byte[] bytes, Map<String, String> metadata) {
        byte[] copy = bytes.clone();
        return new ObjectContent(copy.length, () -> new java.io.ByteArrayInputStream(copy), UploadConstraints.OCTET_STREAM, metadata);
    }
}
