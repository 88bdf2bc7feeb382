package io.subnetstorage.auth.postgres;

import io.subnetstorage.auth.application.port.out.GrantLedger;
import io.subnetstorage.auth.application.port.out.RequestOrigin;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Records each request's grants in a committed transaction before the caller may hand them out; requests
 * recording at the same moment share that transaction ({@link GroupCommit}, ADR 0026). A failure of any kind
 * (no connection, no privilege, a constraint) surfaces as DependencyUnavailable: no grant goes unrecorded.
 */
@Singleton
class PostgresGrantLedger implements GrantLedger {

    private final GroupCommit group;

    PostgresGrantLedger(Transactions transactions) {
        this.group = new GroupCommit((rows, what) -> transactions.inTransaction(what, connection -> GrantBatchWriter.insert(connection, rows)));
    }

    @Override
    public void record(AccessGrant grant, RequestOrigin origin) {
        group.commit(List.of(GrantRow.of(grant, origin)), "recording grant " + grant.id());
    }

    /** One transaction for all: a request's grants are recorded together or not at all. */
    @Override
    public void recordAll(List<AccessGrant> all, RequestOrigin origin) {
        if (all.size() == 1) {
            record(all.get(0), origin);
            return;
        }
        List<GrantRow> rows = all.stream().map(grant -> GrantRow.of(grant, origin)).toList();
        group.commit(rows, "recording " + rows.size() + " grants");
    }
}
