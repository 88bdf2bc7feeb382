package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.ListPage;
import io.subnetstorage.auth.application.port.out.ListQuery;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.application.port.out.StoreCapabilities;
import io.subnetstorage.auth.application.port.out.StoreHealth;
import io.subnetstorage.auth.application.port.out.UploadForm;
import io.subnetstorage.auth.application.port.out.UploadLimits;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * A planted defect: POST policies signed for the bucket root instead of the miner's folder, so any
 * miner could overwrite any other's data. Everything else is the real store.
 */
final class PrefixIgnoringStore implements ObjectStore, AutoCloseable {

    private final ObjectStore real;

    PrefixIgnoringStore(ObjectStore real) {
        this.real = real;
    }

    @Override
    public UploadForm presignPostPolicy(FolderPrefix folder, UploadLimits limits, Instant expiresAt) {
        return real.presignPostPolicy(new FolderPrefix(""), limits, expiresAt);
    }

    @Override public StoreCapabilities capabilities() { return real.capabilities(); }
    @Override public String backend() { return real.backend(); }
    @Override public String bucket() { return real.bucket(); }
    @Override public String region() { return real.region(); }
    @Override public String signingKeyId() { return real.signingKeyId(); }
    @Override public URI presignPut(ObjectKey key, Duration ttl) { return real.presignPut(key, ttl); }
    @Override public URI presignGet(ObjectKey key, Duration ttl) { return real.presignGet(key, ttl); }
    @Override public URI presignList(ListQuery query, Duration ttl) { return real.presignList(query, ttl); }
    @Override public ListPage list(ListQuery query, Duration timeout) { return real.list(query, timeout); }
    @Override public StoreHealth health(Duration timeout) { return real.health(timeout); }

    @Override
    public void close() throws Exception {
        if (real instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
