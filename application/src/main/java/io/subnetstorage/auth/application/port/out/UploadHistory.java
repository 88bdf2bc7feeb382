package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.Optional;

/**
 * Where a miner last received an upload grant: per-miner reads follow it, so a miner the rollout moved
 * is read where its newest files are (SPEC §7). Throws {@link DependencyUnavailable} when the ledger is down.
 */
public interface UploadHistory {

    Optional<StoreKind> latestUploadStore(Hotkey miner);
}
