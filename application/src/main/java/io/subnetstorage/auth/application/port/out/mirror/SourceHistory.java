package io.subnetstorage.auth.application.port.out.mirror;

import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A store miners were granted uploads to: until when the last of those grants could still put an object there,
 * and when a scan last found every object of it on the mirrors. It stops being a source once drained after its
 * last grant expired; a later grant to it makes it one again.
 */
public record SourceHistory(StoreKind store, Instant uploadsUntil, Optional<Instant> drainedAt) {

    public SourceHistory {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(uploadsUntil, "uploadsUntil");
        Objects.requireNonNull(drainedAt, "drainedAt");
    }

    public boolean drained() {
        return drainedAt.filter(at -> at.isAfter(uploadsUntil)).isPresent();
    }
}
