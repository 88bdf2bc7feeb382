package io.subnetstorage.auth.application.port.out.storage;

import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.StorageLocation;
import java.util.Optional;

/**
 * Where miners' folders live in a store: all in one bucket ({@code shared}), or each in a bucket of its
 * own ({@code per-miner}, SPEC §8), which has no single place to list every miner from.
 */
public interface StoreLayout {

    /** The miner's {@code data/hotkey={hotkey}/} folder and the bucket it is in. */
    StorageLocation minerFolder(Hotkey miner);

    /** {@code data/hotkey=} in the shared bucket; empty when each miner has a bucket of its own. */
    Optional<StorageLocation> allMiners();
}
