package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.SignedEnvelope;
import io.subnetstorage.auth.application.storage.Route;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * A request whose signature, membership, revocation and replay checks passed: who was admitted, in which
 * role, and when. Quota and the ledger come after, through the gate.
 */
record Admission(Instant now, SignedEnvelope envelope, Role role) {

    Hotkey signer() {
        return envelope.signer();
    }

    /** The ledger's record of what this admission hands out under {@code prefix} of the route's bucket, issued now. */
    AccessGrant grant(Route route, FolderPrefix prefix, Instant expiresAt, Operation... operations) {
        return new AccessGrant(UUID.randomUUID(), envelope.signer(), role, route.storeName(), route.location().bucket().value(),
                prefix, EnumSet.copyOf(List.of(operations)), now, expiresAt, route.store().descriptor().signingKey().value());
    }
}
