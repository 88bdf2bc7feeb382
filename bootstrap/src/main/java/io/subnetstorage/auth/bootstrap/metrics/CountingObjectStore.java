package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
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

/** Counts store errors: failed listings and failed health probes. Presigning is local and is passed through. */
public final class CountingObjectStore implements ObjectStore {

    private final ObjectStore delegate;
    private final DependencyErrors errors;

    public CountingObjectStore(ObjectStore delegate, MeterRegistry meters, DependencyState state) {
        this.delegate = delegate;
        this.errors = new DependencyErrors(meters, "store", delegate.backend(), state);
    }

    @Override
    public StoreCapabilities capabilities() {
        return delegate.capabilities();
    }

    @Override
    public String backend() {
        return delegate.backend();
    }

    @Override
    public String bucket() {
        return delegate.bucket();
    }

    @Override
    public String region() {
        return delegate.region();
    }

    @Override
    public String signingKeyId() {
        return delegate.signingKeyId();
    }

    @Override
    public UploadForm presignPostPolicy(FolderPrefix folder, UploadLimits limits, Instant expiresAt) {
        return delegate.presignPostPolicy(folder, limits, expiresAt);
    }

    @Override
    public URI presignPut(ObjectKey key, Duration ttl) {
        return delegate.presignPut(key, ttl);
    }

    @Override
    public URI presignGet(ObjectKey key, Duration ttl) {
        return delegate.presignGet(key, ttl);
    }

    @Override
    public URI presignList(ListQuery query, Duration ttl) {
        return delegate.presignList(query, ttl);
    }

    @Override
    public ListPage list(ListQuery query, Duration timeout) {
        return errors.guard(() -> delegate.list(query, timeout));
    }

    @Override
    public StoreHealth health(Duration timeout) {
        StoreHealth health = delegate.health(timeout);
        errors.observe(health.ok(), health.error().orElse("bucket check failed"));
        return health;
    }
}
