package io.subnetstorage.auth.application.port.out.mirror;

import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.util.Objects;

/** What the ledger holds for one key on one mirror: where it is copied from, which version, and how far it got. */
public record TrackedObject(StoreKind mirror, ObjectKey key, StoreKind source, ObjectVersion version, MirrorState state) {

    public TrackedObject {
        Objects.requireNonNull(mirror, "mirror");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(state, "state");
    }
}
