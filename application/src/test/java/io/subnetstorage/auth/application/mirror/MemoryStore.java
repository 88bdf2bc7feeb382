package io.subnetstorage.auth.application.mirror;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.ListPage;
import io.subnetstorage.auth.application.port.out.storage.ListQuery;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.SigningKey;
import io.subnetstorage.auth.application.port.out.storage.StoreDescriptor;
import io.subnetstorage.auth.application.port.out.storage.StoreHealth;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.port.out.storage.SharedBucketLayout;
import io.subnetstorage.auth.application.port.out.storage.StoreLayout;
import io.subnetstorage.auth.application.port.out.storage.StoredObject;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An S3-like store in memory with real bytes: ETags as the adapters' stores report them (the MD5, or
 * {@code md5(part md5s)-N} for a write above {@code multipartThreshold}), metadata kept, listings paged by
 * three (with common prefixes under a delimiter), one shared bucket. {@code down} makes every call fail as an
 * unreachable store does; {@code putFault} answers, per key, a failure a write throws instead (a 402, a refused key).
 * Public for the migrations' tests, which copy between two of these too.
 */
public class MemoryStore implements ObjectStore, Listings, ObjectIo {

    static final BucketName BUCKET = new BucketName("bucket");

    public record Stored(byte[] bytes, String etag, String contentType, Map<String, String> metadata) {
    }

    final StoreKind kind;
    final long multipartThreshold;
    public final Map<String, Stored> objects = new ConcurrentSkipListMap<>();
    public final AtomicInteger puts = new AtomicInteger();
    public volatile boolean down;
    public volatile java.util.function.Function<ObjectKey, RuntimeException> putFault = key -> null;

    public MemoryStore(StoreKind kind, long multipartThreshold) {
        this.kind = kind;
        this.multipartThreshold = multipartThreshold;
    }

    /** Puts an object in place as a client's upload would, with the ETag this store gives it. */
    public void upload(ObjectKey key, byte[] bytes, Map<String, String> metadata) {
        objects.put(key.value(), new Stored(bytes.clone(), etagOf(bytes, multipartThreshold), "application/octet-stream", Map.copyOf(metadata)));
    }

    static String etagOf(byte[] bytes, long threshold) {
        try (Hashing hashing = new Hashing(new ByteArrayInputStream(bytes), new PartRule(threshold).partSize(bytes.length))) {
            hashing.transferTo(java.io.OutputStream.nullOutputStream());
            return hashing.digest().expectedEtag(new PartRule(threshold));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    @Override
    public StoreDescriptor descriptor() {
        return new StoreDescriptor(kind, "test", new SigningKey("key", "0123abcd"), Duration.ofDays(7), URI.create("memory://" + kind.label()));
    }

    @Override
    public StoreLayout layout() {
        return new SharedBucketLayout(BUCKET);
    }

    @Override
    public StoreHealth health(Duration timeout) {
        return new StoreHealth(!down, 0, Optional.empty());
    }

    @Override
    public Optional<Listings> listings() {
        return Optional.of(this);
    }

    @Override
    public Optional<ObjectIo> objectIo() {
        return Optional.of(this);
    }

    @Override
    public URI presignList(BucketName bucket, ListQuery query, Duration ttl) {
        throw new UnsupportedOperationException("not used by the mirrors");
    }

    @Override
    public ListPage list(BucketName bucket, ListQuery query, Duration timeout) {
        reachable();
        if (query.delimiter().isPresent()) {
            String prefix = query.prefix().value();
            var folders = objects.keySet().stream().filter(key -> key.startsWith(prefix) && key.indexOf('/', prefix.length()) > 0)
                    .map(key -> key.substring(0, key.indexOf('/', prefix.length()) + 1)).distinct().toList();
            return new ListPage(java.util.List.of(), folders, Optional.empty());
        }
        var keys = objects.keySet().stream().filter(key -> key.startsWith(query.prefix().value())).toList();
        int from = query.continuationToken().map(Integer::parseInt).orElse(0);
        var page = keys.subList(from, Math.min(keys.size(), from + 3)).stream()
                .map(key -> new StoredObject(new ObjectKey(key), objects.get(key).bytes().length, objects.get(key).etag(), Instant.EPOCH)).toList();
        return new ListPage(page, java.util.List.of(), from + 3 < keys.size() ? Optional.of(Integer.toString(from + 3)) : Optional.empty());
    }

    @Override
    public Optional<ObjectInfo> head(BucketName bucket, ObjectKey key) {
        reachable();
        return Optional.ofNullable(objects.get(key.value()))
                .map(stored -> new ObjectInfo(stored.bytes().length, stored.etag(), stored.contentType(), stored.metadata()));
    }

    @Override
    public Optional<InputStream> get(BucketName bucket, ObjectKey key) {
        reachable();
        return Optional.ofNullable(objects.get(key.value())).map(stored -> new ByteArrayInputStream(stored.bytes()));
    }

    @Override
    public ObjectInfo put(BucketName bucket, ObjectKey key, ObjectContent content) {
        reachable();
        RuntimeException fault = putFault.apply(key);
        if (fault != null) {
            throw fault;
        }
        byte[] bytes;
        try (InputStream in = content.source().open()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        puts.incrementAndGet();
        objects.put(key.value(), new Stored(bytes, etagOf(bytes, multipartThreshold), content.contentType(), content.metadata()));
        return head(bucket, key).orElseThrow();
    }

    @Override
    public ObjectInfo copy(BucketName fromBucket, ObjectKey from, BucketName toBucket, ObjectKey to) {
        throw new UnsupportedOperationException("copies between stores stream through the service");
    }

    @Override
    public void delete(BucketName bucket, ObjectKey key) {
        reachable();
        objects.remove(key.value());
    }

    private void reachable() {
        if (down) {
            throw new DependencyUnavailable(kind.label() + " is down");
        }
    }
}
