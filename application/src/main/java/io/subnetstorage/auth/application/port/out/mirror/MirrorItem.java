package io.subnetstorage.auth.application.port.out.mirror;

import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One (mirror, key) claimed by a copy worker under {@code lease}: only the holder of the lease may settle it,
 * so an object is worked on by one worker of one instance at a time.
 */
public record MirrorItem(StoreKind mirror, ObjectKey key, Hotkey miner, StoreKind source, ObjectVersion version, MirrorState state,
        int attempts, Optional<String> sha256, UUID lease) {

    public MirrorItem {
        Objects.requireNonNull(mirror, "mirror");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(miner, "miner");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(lease, "lease");
    }
}
