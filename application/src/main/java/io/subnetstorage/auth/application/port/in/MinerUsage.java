package io.subnetstorage.auth.application.port.in;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a miner used today and may still use: folder grants and object URLs against their daily limits, the
 * bytes it stores (at most 10 minutes old) against its cap (empty: none), its registration and cleanup time.
 */
public record MinerUsage(Hotkey miner, long grantsToday, long filesToday, long grantLimit, long fileLimit, OptionalLong storedBytes,
        OptionalLong storageCap, String registration, Optional<Instant> cleanupAt) {
}
