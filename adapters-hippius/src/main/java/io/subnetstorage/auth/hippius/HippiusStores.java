package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;

/**
 * Entry point of the module: {@code HippiusStores.create(HippiusSettings.fromEnvironment(env, netUid))}.
 * The returned store is also {@link AutoCloseable}: close it at shutdown.
 */
public final class HippiusStores {

    private HippiusStores() {
    }

    public static ObjectStore create(HippiusSettings settings) {
        return new HippiusObjectStore(settings, RetryPolicy.DEFAULT);
    }
}
