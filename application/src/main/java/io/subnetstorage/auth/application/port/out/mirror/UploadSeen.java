package io.subnetstorage.auth.application.port.out.mirror;

import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Instant;
import java.util.Objects;

/** An upload grant as the mirrors care about it: who may upload, to which store, issued when, usable until when. */
public record UploadSeen(Hotkey miner, StoreKind store, Instant issuedAt, Instant expiresAt) {

    public UploadSeen {
        Objects.requireNonNull(miner, "miner");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
