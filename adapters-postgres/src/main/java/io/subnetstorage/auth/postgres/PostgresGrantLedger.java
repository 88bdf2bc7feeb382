package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Records each grant in its own transaction before the caller may hand it out. A failure of any kind
 * (no connection, no privilege, a constraint) surfaces as DependencyUnavailable: no grant goes unrecorded.
 */
@Singleton
class PostgresGrantLedger implements GrantLedger {

    private final Transactions transactions;
    private final GrantRepository grants;

    PostgresGrantLedger(Transactions transactions, GrantRepository grants) {
        this.transactions = transactions;
        this.grants = grants;
    }

    @Override
    public void record(AccessGrant grant, RequestOrigin origin) {
        GrantRow row = GrantRow.of(grant, origin);
        transactions.inTransaction("recording grant " + grant.id(), connection -> grants.save(row));
    }

    /** One transaction for all: a request's grants are recorded together or not at all. */
    @Override
    public void recordAll(List<AccessGrant> all, RequestOrigin origin) {
        if (all.size() == 1) {
            record(all.get(0), origin);
            return;
        }
        List<GrantRow> rows = all.stream().map(grant -> GrantRow.of(grant, origin)).toList();
        transactions.inTransaction("recording " + rows.size() + " grants", connection -> grants.saveAll(rows));
    }
}
