package io.subnetstorage.auth.application.port.out.storage;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A store that passes every call to another; a decorator overrides only what it changes. Each capability is
 * forwarded here by name, once, so that a capability added to {@link ObjectStore} cannot silently go missing (as a
 * default {@code Optional.empty()}) in one of several hand-written decorators.
 */
public abstract class ForwardingObjectStore implements ObjectStore {

    private final ObjectStore delegate;

    protected ForwardingObjectStore(ObjectStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    protected final ObjectStore delegate() {
        return delegate;
    }

    @Override
    public StoreDescriptor descriptor() {
        return delegate.descriptor();
    }

    @Override
    public StoreLayout layout() {
        return delegate.layout();
    }

    @Override
    public StoreHealth health(Duration timeout) {
        return delegate.health(timeout);
    }

    @Override
    public Optional<FolderUploads> folderUploads() {
        return delegate.folderUploads();
    }

    @Override
    public Optional<ObjectUploads> objectUploads() {
        return delegate.objectUploads();
    }

    @Override
    public Optional<Listings> listings() {
        return delegate.listings();
    }

    @Override
    public Optional<Downloads> downloads() {
        return delegate.downloads();
    }

    @Override
    public Optional<ObjectIo> objectIo() {
        return delegate.objectIo();
    }

    @Override
    public Optional<BatchWrites> batchWrites() {
        return delegate.batchWrites();
    }

    @Override
    public Optional<AccountCredit> credit() {
        return delegate.credit();
    }

    @Override
    public Optional<BucketProvisioning> buckets() {
        return delegate.buckets();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
