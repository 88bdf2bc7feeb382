package io.subnetstorage.auth.bootstrap.web.operator;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.subnetstorage.auth.domain.grant.AccessGrant;
import io.subnetstorage.auth.domain.grant.Operation;
import java.util.List;

/** One ledger row as an operator reads it; times are ISO-8601 UTC. */
@Serdeable(naming = SnakeCaseStrategy.class)
record GrantView(String id, String principal, String role, String backend, String bucket, String prefix, List<String> operations,
        String issuedAt, String expiresAt, String signingKeyId) {

    static GrantView of(AccessGrant grant) {
        return new GrantView(grant.id().toString(), grant.principal().value(), grant.role().name(), grant.backend(), grant.bucket(),
                grant.prefix().value(), grant.operations().stream().map(Operation::name).sorted().toList(),
                grant.issuedAt().toString(), grant.expiresAt().toString(), grant.signingKeyId());
    }

    static List<GrantView> of(List<AccessGrant> grants) {
        return grants.stream().map(GrantView::of).toList();
    }
}
