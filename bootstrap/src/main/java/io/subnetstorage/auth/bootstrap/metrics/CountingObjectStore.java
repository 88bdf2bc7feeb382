package io.subnetstorage.auth.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.subnetstorage.auth.application.port.out.storage.BatchWrites;
import io.subnetstorage.auth.application.port.out.storage.BucketProvisioning;
import io.subnetstorage.auth.application.port.out.storage.ForwardingObjectStore;
import io.subnetstorage.auth.application.port.out.storage.ListPage;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreHealth;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Counts a store's failures in {@code ssa_dependency_errors_total{dependency="store",backend=<name>}}: failed
 * listings, object I/O and health probes. Presigning is local and passes through; capabilities the store
 * lacks stay absent.
 */
public final class CountingObjectStore extends ForwardingObjectStore {

    private final DependencyErrors errors;

    public CountingObjectStore(ObjectStore delegate, MeterRegistry meters, DependencyState state) {
        super(delegate);
        this.errors = new DependencyErrors(meters, "store", delegate.descriptor().name(), state);
    }

    @Override
    public StoreHealth health(Duration timeout) {
        StoreHealth health = delegate().health(timeout);
        errors.observe(health.ok(), health.error().orElse("bucket check failed"));
        return health;
    }

    @Override
    public Optional<BatchWrites> batchWrites() {
        return delegate().batchWrites().map(batches -> new BatchWrites() {
            @Override
            public int maxBatch() {
                return batches.maxBatch();
            }

            @Override
            public List<BatchOutcome> putAll(BucketName bucket, List<BatchItem> items) {
                return errors.guard(() -> batches.putAll(bucket, items));
            }
        });
    }

    @Override
    public Optional<BucketProvisioning> buckets() {
        return delegate().buckets().map(buckets -> new BucketProvisioning() {
            @Override
            public BucketState ensure(BucketName bucket) {
                return errors.guard(() -> buckets.ensure(bucket));
            }

            @Override
            public void delete(BucketName bucket) {
                errors.guard(() -> {
                    buckets.delete(bucket);
                    return null;
                });
            }
        });
    }

    @Override
    public Optional<Listings> listings() {
        return delegate().listings().map(listings -> new Listings() {
            @Override
            public URI presignList(BucketName bucket, ListQuery query, Duration ttl) {
                return listings.presignList(bucket, query, ttl);
            }

            @Override
            public ListPage list(BucketName bucket, ListQuery query, Duration timeout) {
                return errors.guard(() -> listings.list(bucket, query, timeout));
            }
        });
    }

    @Override
    public Optional<ObjectIo> objectIo() {
        return delegate().objectIo().map(io -> new ObjectIo() {
            @Override
            public Optional<ObjectInfo> head(BucketName bucket, ObjectKey key) {
                return errors.guard(() -> io.head(bucket, key));
            }

            @Override
            public Optional<InputStream> get(BucketName bucket, ObjectKey key) {
                return errors.guard(() -> io.get(bucket, key));
            }

            @Override
            public ObjectInfo put(BucketName bucket, ObjectKey key, ObjectContent content) {
                return errors.guard(() -> io.put(bucket, key, content));
            }

            @Override
            public ObjectInfo copy(BucketName fromBucket, ObjectKey from, BucketName toBucket, ObjectKey to) {
                return errors.guard(() -> io.copy(fromBucket, from, toBucket, to));
            }

            @Override
            public void delete(BucketName bucket, ObjectKey key) {
                errors.guard(() -> {
                    io.delete(bucket, key);
                    return null;
                });
            }
        });
    }
}
