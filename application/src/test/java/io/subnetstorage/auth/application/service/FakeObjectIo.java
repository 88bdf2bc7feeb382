package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
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

/** Objects in memory with MD5 ETags, as a single-part upload gets; {@code failPuts} plays a store refusing writes. */
final class FakeObjectIo implements ObjectIo {

    record Stored(byte[] bytes, ObjectInfo info) {
    }

    final Map<String, Stored> objects = new HashMap<>();
    boolean down;
    boolean failPuts;

    void place(ObjectKey key, byte[] bytes, Map<String, String> metadata) {
        objects.put(key.value(), new Stored(bytes.clone(), new ObjectInfo(bytes.length, md5(bytes), "application/octet-stream", metadata)));
    }

    @Override
    public Optional<ObjectInfo> head(BucketName bucket, ObjectKey key) {
        if (down) {
            throw new DependencyUnavailable("store down");
        }
        return Optional.ofNullable(objects.get(key.value())).map(Stored::info);
    }

    @Override
    public Optional<InputStream> get(BucketName bucket, ObjectKey key) {
        return Optional.ofNullable(objects.get(key.value())).map(stored -> new ByteArrayInputStream(stored.bytes()));
    }

    @Override
    public ObjectInfo put(BucketName bucket, ObjectKey key, ObjectContent content) {
        if (down || failPuts) {
            throw new DependencyUnavailable("store refuses writes");
        }
        try (InputStream in = content.source().open()) {
            byte[] bytes = in.readAllBytes();
            place(key, bytes, content.metadata());
            return objects.get(key.value()).info();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ObjectInfo copy(BucketName fromBucket, ObjectKey from, BucketName toBucket, ObjectKey to) {
        Stored source = objects.get(from.value());
        objects.put(to.value(), source);
        return source.info();
    }

    @Override
    public void delete(BucketName bucket, ObjectKey key) {
        objects.remove(key.value());
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
