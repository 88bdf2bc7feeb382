package io.subnetstorage.auth.application.port.out.mirror;

import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.util.Objects;

/**
 * An object a scan found on {@code source} that {@code mirror} must hold: new to the ledger, or a version
 * other than the one the ledger tracks from that source (the object was overwritten there).
 */
public record Discovery(StoreKind mirror, ObjectKey key, Hotkey miner, StoreKind source, ObjectVersion version) {

    public Discovery {
        Objects.requireNonNull(mirror, "mirror");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(miner, "miner");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(version, "version");
        if (mirror == source) {
            throw new IllegalArgumentException("a store never mirrors to itself");
        }
    }
}
