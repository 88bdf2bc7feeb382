package io.subnetstorage.auth.application.service.operator;

import io.subnetstorage.auth.application.port.in.operator.ListGrantsBySigningKeyQuery;
import io.subnetstorage.auth.application.port.in.operator.ListGrantsBySigningKeyUseCase;
import io.subnetstorage.auth.application.port.in.operator.SignedGrants;
import io.subnetstorage.auth.application.port.out.GrantHistory;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import java.time.Clock;
import java.util.List;

/** The live grants of one access key; asks for one more than the limit to know whether the list was cut. */
public final class ListGrantsBySigningKeyService implements ListGrantsBySigningKeyUseCase {

    private final GrantHistory history;
    private final Clock clock;

    public ListGrantsBySigningKeyService(GrantHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    @Override
    public SignedGrants outstanding(ListGrantsBySigningKeyQuery query) {
        List<AccessGrant> grants = history.outstandingSignedBy(query.signingKeyId(), clock.instant(), query.limit() + 1);
        boolean truncated = grants.size() > query.limit();
        return new SignedGrants(query.signingKeyId(), truncated ? grants.subList(0, query.limit()) : grants, truncated);
    }
}
