package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import java.time.Clock;
import java.time.Duration;

/** Entry point of the module. The returned store is also {@link AutoCloseable}: close it at shutdown. */
public final class S3ObjectStores {

    /** Long enough for a cross-region HEAD, short enough that /healthcheck stays fast when S3 is down. */
    static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

    private S3ObjectStores() {
    }

    public static ObjectStore create(S3StoreSettings settings) {
        return new S3ObjectStore(settings, Clock.systemUTC(), HEALTH_TIMEOUT);
    }
}
