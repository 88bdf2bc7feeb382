package io.subnetstorage.auth.application.port.in.migration;

import io.subnetstorage.auth.application.port.out.migration.Verification;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code POST /operator/migrations}: from one object store to another (never HuggingFace, never a store to itself),
 * for some miners or (empty) every miner folder on the source, {@code batchSize} objects per ledger commit.
 */
public record StartMigrationCommand(StoreKind from, StoreKind to, Optional<List<Hotkey>> miners, boolean dryRun, int batchSize,
        Verification verify) {

    public static final int DEFAULT_BATCH_SIZE = 100;
    public static final int MAX_BATCH_SIZE = 10_000;

    public StartMigrationCommand {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(verify, "verify");
        miners = miners.map(List::copyOf);
        if (from == StoreKind.HUGGINGFACE || to == StoreKind.HUGGINGFACE) {
            throw new IllegalArgumentException("from and to are s3 or hippius: huggingface is a mirror only");
        }
        if (from == to) {
            throw new IllegalArgumentException("from and to must be different stores");
        }
        if (miners.filter(List::isEmpty).isPresent()) {
            throw new IllegalArgumentException("miners is \"all\" or a non-empty list of hotkeys");
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batch_size is 1 to " + MAX_BATCH_SIZE);
        }
    }
}
