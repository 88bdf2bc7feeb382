package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import jakarta.inject.Singleton;

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
}
