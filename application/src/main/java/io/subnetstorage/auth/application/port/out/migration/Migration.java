package io.subnetstorage.auth.application.port.out.migration;

import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One migration as the ledger keeps it. {@code miners} empty: every miner folder found on the source. {@code reason}:
 * why it is paused or failed ({@code no_credit}, ...). {@code listed}: the source has been listed in full, so the
 * ledger holds every object the migration is about. {@code runningSince} and {@code settledAtStart}: when the current
 * run started and how many objects were settled then, for the rate.
 */
public record Migration(MigrationId id, StoreKind from, StoreKind to, Optional<List<Hotkey>> miners, boolean dryRun, int batchSize,
        Verification verify, MigrationState state, Optional<String> reason, boolean listed, Instant createdAt,
        Optional<Instant> runningSince, long settledAtStart) {

    public Migration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        miners = miners.map(List::copyOf);
        Objects.requireNonNull(verify, "verify");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(runningSince, "runningSince");
    }
}
