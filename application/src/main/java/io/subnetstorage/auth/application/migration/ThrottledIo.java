package io.subnetstorage.auth.application.migration;

import io.subnetstorage.auth.application.port.out.storage.ObjectContent;
import io.subnetstorage.auth.application.port.out.storage.ObjectInfo;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.io.InputStream;
import java.util.Optional;

/** A store's object I/O where each call first waits for the {@link Throttle}. */
final class ThrottledIo implements ObjectIo {

    private final ObjectIo io;
    private final Throttle throttle;

    ThrottledIo(ObjectIo io, Throttle throttle) {
        this.io = io;
        this.throttle = throttle;
    }

    @Override
    public Optional<ObjectInfo> head(BucketName bucket, ObjectKey key) {
        throttle.acquire();
        return io.head(bucket, key);
    }

    @Override
    public Optional<InputStream> get(BucketName bucket, ObjectKey key) {
        throttle.acquire();
        return io.get(bucket, key);
    }

    @Override
    public ObjectInfo put(BucketName bucket, ObjectKey key, ObjectContent content) {
        throttle.acquire();
        return io.put(bucket, key, content);
    }

    @Override
    public ObjectInfo copy(BucketName fromBucket, ObjectKey from, BucketName toBucket, ObjectKey to) {
        throttle.acquire();
        return io.copy(fromBucket, from, toBucket, to);
    }

    @Override
    public void delete(BucketName bucket, ObjectKey key) {
        throttle.acquire();
        io.delete(bucket, key);
    }
}
