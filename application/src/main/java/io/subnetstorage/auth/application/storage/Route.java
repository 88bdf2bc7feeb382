package io.subnetstorage.auth.application.storage;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.util.Objects;

/** The store that serves an operation, and the bucket and folder in it. */
public record Route(ObjectStore store, StorageLocation location) {

    public Route {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(location, "location");
    }

    public String storeName() {
        return store.descriptor().name();
    }
}
