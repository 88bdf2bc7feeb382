package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import java.time.Duration;

/**
 * Entry point of the module: {@code HippiusStores.create(HippiusSettings.fromEnvironment(env, netUid))}.
 * The returned store is also {@link AutoCloseable}: close it at shutdown.
 */
public final class HippiusStores {

    /** Long enough for a HEAD across the internet, short enough that health stays fast when Hippius is down. */
    static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

    private HippiusStores() {
    }

    public static ObjectStore create(HippiusSettings settings) {
        return new HippiusObjectStore(settings, RetryPolicy.DEFAULT, HEALTH_TIMEOUT);
    }
}
