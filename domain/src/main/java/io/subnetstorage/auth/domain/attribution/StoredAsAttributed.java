package io.subnetstorage.auth.domain.attribution;

import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.util.OptionalLong;

/**
 * At registration the object exists with the attributed size (SPEC §9). The service never reads the bytes,
 * so the hash is the miner's word until a validator's download checks it.
 */
public final class StoredAsAttributed {

    /** {@code storedSize} is empty when the store has no such object. */
    public Decision check(OptionalLong storedSize, Attribution attribution) {
        if (storedSize.isEmpty()) {
            return Decision.deny(ReasonCode.ATTRIBUTION_OBJECT_MISSING);
        }
        return storedSize.getAsLong() == attribution.size() ? Decision.allow() : Decision.deny(ReasonCode.ATTRIBUTION_SIZE_MISMATCH);
    }
}
