package io.subnetstorage.auth.domain.attribution;

import io.subnetstorage.auth.domain.policy.Decision;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.util.Optional;

/**
 * The last check (SPEC §9): an attribution's nonce is single-use per hotkey. At upload any earlier use
 * refuses it. At registration the one earlier use allowed is the same claim (message and signature) not yet
 * settled: an upload-bound attribution getting its receipt, or a registration whose sidecar write failed.
 */
public final class NonceUnused {

    public Decision checkAtUpload(Optional<NonceUse> earlier) {
        return earlier.isEmpty() ? Decision.allow() : Decision.deny(ReasonCode.ATTRIBUTION_NONCE_REUSED);
    }

    public Decision checkAtRegistration(Optional<NonceUse> earlier, SignedAttribution presented) {
        boolean allowed = earlier.isEmpty()
                || !earlier.get().settled() && presented.sameAs(earlier.get().message(), earlier.get().signature());
        return allowed ? Decision.allow() : Decision.deny(ReasonCode.ATTRIBUTION_NONCE_REUSED);
    }
}
