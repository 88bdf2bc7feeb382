package io.subnetstorage.auth.application.service;

import io.subnetstorage.auth.application.port.out.AuditEvent;
import io.subnetstorage.auth.application.port.out.AuditTrail;
import io.subnetstorage.auth.application.port.out.DependencyUnavailable;
import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.port.out.MetagraphSource;
import io.subnetstorage.auth.application.port.out.MetagraphStatus;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.application.port.out.RevocationList;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.membership.MetagraphSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** In-memory ledger, audit trail, revocation list and metagraph, each able to play "down". */
final class FakeRecords implements GrantLedger, AuditTrail, RevocationList, MetagraphSource {

    final List<AccessGrant> grants = new ArrayList<>();
    final List<AuditEvent> events = new ArrayList<>();
    final Set<Hotkey> revoked = new HashSet<>();
    MetagraphSnapshot snapshot;
    boolean ledgerDown;

    @Override
    public void record(AccessGrant grant, RequestOrigin origin) {
        if (ledgerDown) {
            throw new DependencyUnavailable("ledger down");
        }
        grants.add(grant);
    }

    @Override
    public void append(AuditEvent event) {
        events.add(event);
    }

    @Override
    public boolean isRevoked(Hotkey hotkey) {
        if (ledgerDown) {
            throw new DependencyUnavailable("ledger down");
        }
        return revoked.contains(hotkey);
    }

    @Override
    public Optional<MetagraphSnapshot> current() {
        return Optional.ofNullable(snapshot);
    }

    @Override
    public MetagraphStatus status() {
        return new MetagraphStatus("fake", false, Optional.empty(), Optional.empty());
    }
}
