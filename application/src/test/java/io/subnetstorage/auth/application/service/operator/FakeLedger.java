package io.subnetstorage.auth.application.service.operator;

import io.subnetstorage.auth.application.port.out.AuditEvent;
import io.subnetstorage.auth.application.port.out.GrantHistory;
import io.subnetstorage.auth.application.port.out.RevocationRegistry;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.identity.Hotkey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** In-memory grants, audit events and revocations, with the ordering the PostgreSQL adapter promises. */
final class FakeLedger implements GrantHistory, RevocationRegistry {

    record Revocation(String reason, String by, Instant at) {
    }

    final List<AccessGrant> grants = new ArrayList<>();
    final List<AuditEvent> events = new ArrayList<>();
    final Map<Hotkey, Revocation> revoked = new HashMap<>();
    final List<String> history = new ArrayList<>();

    @Override
    public List<AccessGrant> outstanding(Hotkey hotkey, Instant now) {
        return grants.stream().filter(g -> g.principal().equals(hotkey) && g.expiresAt().isAfter(now))
                .sorted(Comparator.comparing(AccessGrant::expiresAt)).toList();
    }

    @Override
    public List<AccessGrant> recent(Hotkey hotkey, int limit) {
        return grants.stream().filter(g -> g.principal().equals(hotkey))
                .sorted(Comparator.comparing(AccessGrant::issuedAt).reversed()).limit(limit).toList();
    }

    @Override
    public List<AuditEvent> auditHistory(Hotkey hotkey, int limit) {
        return events.stream().filter(e -> e.hotkey().equals(java.util.Optional.of(hotkey.value())))
                .sorted(Comparator.comparing(AuditEvent::at).reversed()).limit(limit).toList();
    }

    @Override
    public List<AccessGrant> outstandingSignedBy(String signingKeyId, Instant now, int limit) {
        return grants.stream().filter(g -> g.signingKeyId().equals(signingKeyId) && g.expiresAt().isAfter(now))
                .sorted(Comparator.comparing(AccessGrant::expiresAt)).limit(limit).toList();
    }

    @Override
    public boolean isRevoked(Hotkey hotkey) {
        return revoked.containsKey(hotkey);
    }

    @Override
    public void revoke(Hotkey hotkey, String reason, String revokedBy, Instant at) {
        revoked.put(hotkey, new Revocation(reason, revokedBy, at));
        history.add("revoked " + hotkey + " by " + revokedBy);
    }

    @Override
    public boolean reinstate(Hotkey hotkey, String reinstatedBy, Instant at) {
        boolean was = revoked.remove(hotkey) != null;
        if (was) {
            history.add("reinstated " + hotkey + " by " + reinstatedBy);
        }
        return was;
    }
}
