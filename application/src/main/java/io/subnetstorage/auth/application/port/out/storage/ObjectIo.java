package io.subnetstorage.auth.application.port.out.storage;

import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.InputStream;
import java.util.Optional;

/**
 * The service's own reads and writes. Every call throws {@code DependencyUnavailable} when the store
 * cannot be reached or asks to slow down (after the adapter's own retries), and {@link StoreRefused} when
 * it refuses for good (no credit, access denied, a key it does not accept).
 */
public interface ObjectIo {

    Optional<ObjectInfo> head(BucketName bucket, ObjectKey key);

    /** The object's bytes; the caller closes the stream. Empty when there is no such object. */
    Optional<InputStream> get(BucketName bucket, ObjectKey key);

    /**
     * Writes the object (multipart above the adapter's threshold) and answers what the store now holds.
     * The adapter compares the store's ETag with the MD5 it computed while sending.
     */
    ObjectInfo put(BucketName bucket, ObjectKey key, ObjectContent content);

    /** Server-side copy within this store, metadata included. */
    ObjectInfo copy(BucketName fromBucket, ObjectKey from, BucketName toBucket, ObjectKey to);

    /** Deleting a key that does not exist is not an error. */
    void delete(BucketName bucket, ObjectKey key);
}
