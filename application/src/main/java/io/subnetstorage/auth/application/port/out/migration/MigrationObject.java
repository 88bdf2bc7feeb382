package io.subnetstorage.auth.application.port.out.migration;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.ObjectKey;
import java.util.Objects;
import java.util.Optional;

/**
 * One object of a migration as the ledger holds it: the source version it was listed as (size, ETag), its state,
 * whether this migration wrote it to the destination ({@code created}: what a rollback may delete) and the
 * destination's ETag of that copy.
 */
public record MigrationObject(ObjectKey key, Hotkey miner, long size, String sourceEtag, ObjectState state, boolean created,
        Optional<String> destinationEtag) {

    public MigrationObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(miner, "miner");
        Objects.requireNonNull(sourceEtag, "sourceEtag");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(destinationEtag, "destinationEtag");
    }

    public static MigrationObject listed(ObjectKey key, Hotkey miner, long size, String etag) {
        return new MigrationObject(key, miner, size, etag, ObjectState.PENDING, false, Optional.empty());
    }
}
