package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.AuditEvent;
import io.subnetstorage.auth.application.port.out.GrantHistory;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.identity.Hotkey;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/** The operator's questions about one hotkey, answered from the ledger and the audit trail. */
@Singleton
class PostgresGrantHistory implements GrantHistory {

    private final Transactions transactions;
    private final GrantRepository grants;
    private final AuditRepository audit;

    PostgresGrantHistory(Transactions transactions, GrantRepository grants, AuditRepository audit) {
        this.transactions = transactions;
        this.grants = grants;
        this.audit = audit;
    }

    @Override
    public List<AccessGrant> outstanding(Hotkey hotkey, Instant now) {
        return transactions.inTransaction("reading outstanding grants",
                connection -> toGrants(grants.outstanding(hotkey.value(), now)));
    }

    @Override
    public List<AccessGrant> recent(Hotkey hotkey, int limit) {
        return transactions.inTransaction("reading recent grants",
                connection -> toGrants(grants.recent(hotkey.value(), Math.max(0, limit))));
    }

    @Override
    public List<AccessGrant> outstandingSignedBy(String signingKeyId, Instant now, int limit) {
        return transactions.inTransaction("reading grants by signing key",
                connection -> toGrants(grants.outstandingSignedBy(signingKeyId, now, Math.max(0, limit))));
    }

    @Override
    public List<AuditEvent> auditHistory(Hotkey hotkey, int limit) {
        return transactions.inTransaction("reading audit history",
                connection -> audit.history(hotkey.value(), Math.max(0, limit)).stream().map(AuditRow::event).toList());
    }

    private static List<AccessGrant> toGrants(List<GrantRow> rows) {
        return rows.stream().map(GrantRow::grant).toList();
    }
}
