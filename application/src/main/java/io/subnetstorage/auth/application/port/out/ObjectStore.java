package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * One bucket of one storage backend. Presigning is local computation; {@link #list} and
 * {@link #health(Duration)} are real I/O. What a backend can do is declared by {@link #capabilities()}, not
 * discovered by failing: a store without POST policies answers uploads with per-object PUT URLs.
 */
public interface ObjectStore {

    StoreCapabilities capabilities();

    /** Names the backend in grants and metrics, e.g. {@code s3} or {@code hippius}. */
    String backend();

    String bucket();

    String region();

    /** The access key that signs this store's URLs: after a key rotation, grants it signed are dead. */
    String signingKeyId();

    /**
     * A browser-style POST form letting its holder upload any key under {@code folder} until
     * {@code expiresAt}. Only for stores declaring {@link UploadMethod#POST_POLICY}.
     */
    UploadForm presignPostPolicy(FolderPrefix folder, UploadLimits limits, Instant expiresAt);

    /** A URL to PUT exactly {@code key}. Only for stores declaring {@link UploadMethod#PRESIGNED_PUT}. */
    URI presignPut(ObjectKey key, Duration ttl);

    URI presignGet(ObjectKey key, Duration ttl);

    /** A presigned ListObjectsV2 URL; a client cannot re-sign it, so every page needs its own. */
    URI presignList(ListQuery query, Duration ttl);

    /** Lists now; throws {@link DependencyUnavailable} on failure or when {@code timeout} passes. */
    ListPage list(ListQuery query, Duration timeout);

    /**
     * Probes the bucket (HEAD bucket or a one-key list), giving up after {@code timeout}. Never throws.
     * The caller chooses the timeout, as for {@link #list}: a health check and a start-up check wait differently.
     */
    StoreHealth health(Duration timeout);
}
