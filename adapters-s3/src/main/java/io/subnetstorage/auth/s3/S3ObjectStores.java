package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import java.time.Clock;

/** Entry point of the module. The returned store is also {@link AutoCloseable}: close it at shutdown. */
public final class S3ObjectStores {

    private S3ObjectStores() {
    }

    public static ObjectStore create(S3StoreSettings settings) {
        return new S3ObjectStore(settings, Clock.systemUTC());
    }
}
