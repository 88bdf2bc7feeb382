package io.subnetstorage.auth.application.port.out.storage;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A grant to upload one key: POST {@code fields} (then the file) to {@code url}, or PUT the body to
 * {@code url} sending exactly {@code headers}, every one of which is signed.
 */
public record ObjectUpload(UploadMethod method, URI url, Map<String, String> fields, Map<String, String> headers) {

    public ObjectUpload {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }
}
