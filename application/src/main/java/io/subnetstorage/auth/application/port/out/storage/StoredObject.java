package io.subnetstorage.auth.application.port.out.storage;

import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Instant;

/** An object as a listing reports it. */
public record StoredObject(ObjectKey key, long size, String etag, Instant lastModified) {
}
