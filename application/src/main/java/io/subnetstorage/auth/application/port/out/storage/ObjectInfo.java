package io.subnetstorage.auth.application.port.out.storage;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An object as HEAD reports it: size, ETag (lower case, without quotes: MD5 for one part, {@code md5-N}
 * for multipart), content type and {@code x-amz-meta-*} values (names without the prefix, lower case).
 */
public record ObjectInfo(long size, String etag, String contentType, Map<String, String> metadata) {

    public ObjectInfo {
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(contentType, "contentType");
        etag = normalize(etag);
        metadata = java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
    }

    /** Stores quote ETags and may differ in case; compare them in one form. */
    public static String normalize(String etag) {
        String bare = etag.startsWith("\"") && etag.endsWith("\"") && etag.length() >= 2 ? etag.substring(1, etag.length() - 1) : etag;
        return bare.toLowerCase(java.util.Locale.ROOT);
    }
}
