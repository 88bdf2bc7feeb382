package io.subnetstorage.auth.application.storage;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.OptionalLong;

/**
 * MINER_STORAGE_CAP_BYTES (SPEC §12): a miner storing the cap or more gets no new upload grant. Counted from
 * the service's own listings ({@link StoredBytes}, at most 10 minutes old). A count the store cannot give
 * lets the grant through: the cap bounds growth, and refusing every upload while a listing fails would turn
 * a store hiccup into an outage for every miner.
 */
public final class StorageCap {

    private final StoredBytes stored;
    private final OptionalLong capBytes;

    public StorageCap(StoredBytes stored, OptionalLong capBytes) {
        this.stored = stored;
        this.capBytes = capBytes;
        capBytes.ifPresent(cap -> {
            if (cap <= 0) {
                throw new IllegalArgumentException("a storage cap is positive; none is OptionalLong.empty()");
            }
        });
    }

    public static StorageCap none() {
        return new StorageCap(null, OptionalLong.empty());
    }

    public OptionalLong capBytes() {
        return capBytes;
    }

    /** False only when the miner's counted bytes reach the cap. */
    public boolean allows(Hotkey miner) {
        if (capBytes.isEmpty()) {
            return true;
        }
        OptionalLong bytes;
        try {
            bytes = stored.of(miner);
        } catch (RuntimeException uncountable) {
            return true;
        }
        return bytes.isEmpty() || bytes.getAsLong() < capBytes.getAsLong();
    }
}
