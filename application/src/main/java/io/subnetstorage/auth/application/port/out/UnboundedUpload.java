package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A PUT grant without a size bound, as the size check needs it: which object, on which store, until when. */
public record UnboundedUpload(UUID grantId, Hotkey miner, StoreKind store, BucketName bucket, ObjectKey key, Instant expiresAt) {

    public UnboundedUpload {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(miner, "miner");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
