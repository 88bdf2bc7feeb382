package io.subnetstorage.auth.application.storage;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The configured stores, one per kind at most. */
public final class StoreRegistry {

    private final Map<StoreKind, ObjectStore> stores = new EnumMap<>(StoreKind.class);

    public StoreRegistry(Collection<ObjectStore> configured) {
        for (ObjectStore store : configured) {
            if (stores.put(store.descriptor().kind(), store) != null) {
                throw new IllegalArgumentException("two stores of kind " + store.descriptor().kind());
            }
        }
    }

    public Optional<ObjectStore> find(StoreKind kind) {
        return Optional.ofNullable(stores.get(kind));
    }

    public ObjectStore get(StoreKind kind) {
        return find(kind).orElseThrow(() -> new IllegalStateException("no " + kind.label() + " store is configured"));
    }

    public Collection<ObjectStore> all() {
        return stores.values();
    }
}
