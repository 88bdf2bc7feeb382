package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.StoreRefused;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The object I/O of a {@link FakeObjectStore}, over its {@code keys}: objects put or {@link #place placed} keep their
 * bytes and MD5 ETags, as a single-part upload gets; a key only added to {@code keys} reads as one byte (or its
 * {@code sizes} entry). {@code failPuts} plays a store refusing writes; the store's {@code down} and
 * {@code refusals} apply here too.
 */
final class FakeObjectIo implements ObjectIo {

    record Stored(byte[] bytes, ObjectInfo info) {
    }

    final Map<String, Stored> objects = new HashMap<>();
    boolean down;
    boolean failPuts;
    private final FakeObjectStore store;

    FakeObjectIo(FakeObjectStore store) {
        this.store = store;
    }

    void place(ObjectKey key, byte[] bytes, Map<String, String> metadata) {
        objects.put(key.value(), new Stored(bytes.clone(), new ObjectInfo(bytes.length, md5(bytes), "application/octet-stream", metadata)));
        store.keys.add(key.value());
        store.sizes.put(key.value(), (long) bytes.length);
    }

    @Override
    public Optional<ObjectInfo> head(BucketName bucket, ObjectKey key) {
        store.heads++;
        if (down || store.down) {
            throw new DependencyUnavailable("store down");
        }
        if (store.refusals.containsKey(key.value())) {
            throw new StoreRefused(store.refusals.get(key.value()), "Refused", "refused");
        }
        Stored stored = objects.get(key.value());
        if (stored != null) {
            return Optional.of(stored.info());
        }
        return store.keys.contains(key.value())
                ? Optional.of(new ObjectInfo(store.sizes.getOrDefault(key.value(), 1L), "etag", "application/octet-stream", Map.of()))
                : Optional.empty();
    }

    @Override
    public Optional<InputStream> get(BucketName bucket, ObjectKey key) {
        Stored stored = objects.get(key.value());
        if (stored != null) {
            return Optional.of(new ByteArrayInputStream(stored.bytes()));
        }
        return store.keys.contains(key.value()) ? Optional.of(new ByteArrayInputStream(new byte[1])) : Optional.empty();
    }

    @Override
    public ObjectInfo put(BucketName bucket, ObjectKey key, ObjectContent content) {
        if (down || store.down || failPuts) {
            throw new DependencyUnavailable("store refuses writes");
        }
        try (InputStream in = content.source().open()) {
            place(key, in.readAllBytes(), content.metadata());
            return objects.get(key.value()).info();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ObjectInfo copy(BucketName fromBucket, ObjectKey from, BucketName toBucket, ObjectKey to) {
        Stored source = objects.get(from.value());
        if (source != null) {
            objects.put(to.value(), source);
        }
        store.keys.add(to.value());
        return head(toBucket, to).orElseThrow();
    }

    @Override
    public void delete(BucketName bucket, ObjectKey key) {
        objects.remove(key.value());
        store.keys.remove(key.value());
        store.sizes.remove(key.value());
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
