package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Instant;

/** An operator's revocations. A revoked hotkey is refused with 403 until it is reinstated. */
public interface RevocationRegistry extends RevocationList {

    void revoke(Hotkey hotkey, String reason, String revokedBy, Instant at);

    /** Returns false when the hotkey was not revoked. */
    boolean reinstate(Hotkey hotkey, String reinstatedBy, Instant at);
}
