package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.in.SignedEnvelope;
import io.subnetstorage.auth.application.port.out.ObjectStore;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import io.subnetstorage.auth.domain.grant.Role;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * A request whose signature, membership, revocation and replay checks passed: who was admitted, in which
 * role, when, and by which metagraph. Quota and the ledger come after, through the gate.
 */
record Admission(Instant now, MetagraphSnapshot metagraph, SignedEnvelope envelope, Role role) {

    Hotkey signer() {
        return envelope.signer();
    }

    /** The ledger's record of what this admission hands out from {@code store}, issued now. */
    AccessGrant grant(ObjectStore store, FolderPrefix prefix, Instant expiresAt, Operation... operations) {
        return new AccessGrant(UUID.randomUUID(), envelope.signer(), role, store.backend(), store.bucket(), prefix,
                EnumSet.copyOf(List.of(operations)), now, expiresAt, store.signingKeyId());
    }
}
