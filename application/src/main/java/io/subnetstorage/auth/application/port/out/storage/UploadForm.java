package io.subnetstorage.auth.application.port.out.storage;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * A presigned POST: the URL to post to and the form fields to send before the file, in order.
 * {@code fields} keeps insertion order because some stores and clients are sensitive to it.
 */
public record UploadForm(URI url, Map<String, String> fields) {

    public UploadForm {
        Objects.requireNonNull(url, "url");
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
