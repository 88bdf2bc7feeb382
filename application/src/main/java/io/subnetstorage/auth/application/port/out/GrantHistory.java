package io.subnetstorage.auth.application.port.out;

import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Instant;
import java.util.List;

/** What operators ask of the ledger: a hotkey's grants, the ones still valid, and its audit history. */
public interface GrantHistory {

    List<AccessGrant> outstanding(Hotkey hotkey, Instant now);

    List<AccessGrant> recent(Hotkey hotkey, int limit);

    List<AuditEvent> auditHistory(Hotkey hotkey, int limit);

    /**
     * Grants signed by one store access key that are still valid at {@code now}, soonest to expire
     * first: what rotating that key cuts off.
     */
    List<AccessGrant> outstandingSignedBy(String signingKeyId, Instant now, int limit);
}
