package io.subnetstorage.auth.application.storage;

import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The migration phase, by configuration alone (SPEC §7): where miners upload, where a share of them
 * upload next, where global listings read, and which stores mirror. Validated by the configuration
 * before it gets here: every named store exists, HuggingFace is never an upload or read store.
 */
public record StorePhases(StoreKind uploadStore, Optional<StoreKind> uploadStoreNext, int rolloutPercent, StoreKind readStore,
        Set<StoreKind> mirrors) {

    public StorePhases {
        Objects.requireNonNull(uploadStore, "uploadStore");
        Objects.requireNonNull(uploadStoreNext, "uploadStoreNext");
        Objects.requireNonNull(readStore, "readStore");
        mirrors = Set.copyOf(mirrors);
        if (rolloutPercent < 0 || rolloutPercent > 100) {
            throw new IllegalArgumentException("the rollout is 0 to 100 percent");
        }
    }

    /** One store, no mirrors: the embedded default and every single-store deployment. */
    public static StorePhases single(StoreKind store) {
        return new StorePhases(store, Optional.empty(), 0, store, Set.of());
    }

    /** The stores miners upload to in this phase: the upload store and, when named, the next one. */
    public Set<StoreKind> uploadStores() {
        return uploadStoreNext.map(next -> Set.of(uploadStore, next)).orElse(Set.of(uploadStore));
    }

    /** The first role a store plays, for {@code /healthcheck}'s {@code stores}: upload, upload-next, read, mirror. */
    public Optional<String> roleOf(StoreKind store) {
        if (store == uploadStore) {
            return Optional.of("upload");
        }
        if (uploadStoreNext.filter(store::equals).isPresent() && rolloutPercent > 0) {
            return Optional.of("upload-next");
        }
        if (store == readStore) {
            return Optional.of("read");
        }
        return mirrors.contains(store) ? Optional.of("mirror") : Optional.empty();
    }
}
